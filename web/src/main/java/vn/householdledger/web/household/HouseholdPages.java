package vn.householdledger.web.household;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.householdledger.api.Page;
import vn.householdledger.api.assistance.AssistanceView;
import vn.householdledger.api.assistance.CardView;
import vn.householdledger.api.assistance.LoanView;
import vn.householdledger.api.household.HouseholdFound;
import vn.householdledger.api.household.HouseholdView;
import vn.householdledger.api.household.ListedStatus;
import vn.householdledger.api.household.MemberView;
import vn.householdledger.api.security.Role;
import vn.householdledger.web.Communes;
import vn.householdledger.web.Formats;
import vn.householdledger.web.SignedIn;
import vn.householdledger.web.form.FormInput;
import vn.householdledger.web.ledger.Downloads;
import vn.householdledger.web.ledger.HouseholdReads;
import vn.householdledger.web.ledger.ListReads;
import vn.householdledger.web.report.Choices;
import vn.householdledger.web.report.Filter;
import vn.householdledger.web.report.Report;
import vn.householdledger.web.report.Reports;
import vn.householdledger.web.table.Column;
import vn.householdledger.web.table.Table;
import vn.householdledger.web.table.TableExports;

/**
 * The households of a worker's communes with search and filters, one household's page (members,
 * status and why, help received, timeline) and its full history, all read through the query side.
 */
@Controller
@RequestMapping("/households")
public class HouseholdPages {

    private static final int PAGE_SIZE = 50;

    /** How many of the latest reads of a case its page shows an auditor. */
    private static final int LATEST_READERS = 5;

    private final HouseholdReads households;
    private final Communes communes;
    private final Timeline timeline;
    private final TableExports exports;
    private final Reports reports;
    private final Formats fmt;
    private final ListReads reads;

    public HouseholdPages(HouseholdReads households, Communes communes, Timeline timeline, TableExports exports,
                          Reports reports, Formats fmt, ListReads reads) {
        this.reads = reads;
        this.reports = reports;
        this.households = households;
        this.communes = communes;
        this.timeline = timeline;
        this.exports = exports;
        this.fmt = fmt;
    }

    @GetMapping
    public String list(@RequestParam(required = false) String q, @RequestParam(required = false) String commune,
                       @RequestParam(required = false) ListedStatus status, @RequestParam(required = false) Integer page,
                       Model model, HttpServletRequest request) {
        Page<HouseholdFound> found = households.search(q, FormInput.text(commune), status, page, PAGE_SIZE);
        Report.Builder report = Report.titled(fmt.message("households.title")).intro(fmt.message("households.intro"))
                .filter(Filter.of("q", fmt.message("households.search"), "text", q, fmt.message("households.searchHint")))
                .filter(Filter.select("commune", fmt.message("household.commune"), commune,
                        Choices.communes(fmt, communes.readable())))
                .filter(Filter.select("status", fmt.message("household.status"), status,
                        Choices.codes(fmt, "status", ListedStatus.values())))
                .table(listTable(found.items()))
                .paging(found);
        if (SignedIn.current().is(Role.WORKER)) {
            report.action(fmt.message("households.register"), "/households/new");
        }
        return reports.show(model, request, report.build());
    }

    @GetMapping(params = "export")
    public ResponseEntity<byte[]> exportList(@RequestParam(required = false) String q,
                                             @RequestParam(required = false) String commune,
                                             @RequestParam(required = false) ListedStatus status,
                                             @RequestParam String export) {
        List<HouseholdFound> all = Reports.everyPage(
                p -> households.search(q, FormInput.text(commune), status, p, Page.MAX_SIZE));
        return exports.export(export, null, List.of(listTable(all)), "ho-gia-dinh");
    }

    @GetMapping("/{householdId}")
    public String show(@PathVariable UUID householdId, Model model) {
        HouseholdView view = households.household(householdId);
        model.addAttribute("household", view);
        model.addAttribute("communeName", communes.names().getOrDefault(view.communeCode(), view.communeCode()));
        model.addAttribute("canWrite", !view.closed() && mayWrite(view));
        model.addAttribute("certified", !view.closed() && (view.status() == ListedStatus.POOR || view.status() == ListedStatus.NEAR_POOR));
        model.addAttribute("tables", tables(view));
        if (SignedIn.current().is(Role.AUDITOR)) {
            // Who looked at the case, this read included; the list's own read is no read of the household.
            model.addAttribute("readers", reads.access(householdId, null, null, null, 0, LATEST_READERS));
        }
        return "households/show";
    }

    @GetMapping(value = "/{householdId}", params = "export")
    public ResponseEntity<byte[]> export(@PathVariable UUID householdId, @RequestParam String export,
                                         @RequestParam(required = false) String table) {
        HouseholdView view = households.household(householdId);
        return exports.export(export, table, tables(view), "ho-" + view.code());
    }

    /** The certificate of a poor or near-poor household (giấy chứng nhận), as the query side prints it. */
    @GetMapping("/{householdId}/certificate")
    public ResponseEntity<byte[]> certificate(@PathVariable UUID householdId) {
        return Downloads.passOn(households.certificate(householdId, "pdf"), "giay-chung-nhan.pdf");
    }

    /** Every event of the household with its data as stored, for auditors and the household's workers. */
    @GetMapping("/{householdId}/history")
    public String history(@PathVariable UUID householdId, Model model, HttpServletRequest request) {
        HouseholdView view = households.household(householdId);
        Report report = Report.titled(fmt.message("history.title", view.code()))
                .intro(fmt.message("history.intro"))
                .action(fmt.message("history.back"), "/households/" + householdId)
                .table(historyTable(view))
                .build();
        return reports.show(model, request, report);
    }

    @GetMapping(value = "/{householdId}/history", params = "export")
    public ResponseEntity<byte[]> exportHistory(@PathVariable UUID householdId, @RequestParam String export) {
        HouseholdView view = households.household(householdId);
        return exports.export(export, null, List.of(historyTable(view)), "lich-su-" + view.code());
    }

    private Table historyTable(HouseholdView view) {
        return timeline.table(households.history(view.householdId()), memberNames(view), true);
    }

    static boolean mayWrite(HouseholdView view) {
        return SignedIn.current().recordsFor(view.communeCode());
    }

    static Map<UUID, String> memberNames(HouseholdView view) {
        Map<UUID, String> names = new HashMap<>();
        view.formerMembers().forEach(m -> names.put(m.memberId(), m.fullName()));
        view.members().forEach(m -> names.put(m.memberId(), m.fullName()));
        return names;
    }

    private Table listTable(List<HouseholdFound> found) {
        Map<String, String> names = communes.names();
        Table.Builder table = Table.builder("households", fmt.message("households.title"))
                .columns(Column.text(fmt.message("household.code")), Column.text(fmt.message("household.head")),
                        Column.text(fmt.message("household.commune")), Column.text(fmt.message("household.village")),
                        Column.code(fmt.message("household.status"), "status"), Column.date(fmt.message("household.since")),
                        Column.code(fmt.message("household.policyGroup"), "policyGroup"));
        for (HouseholdFound f : found) {
            Object status = f.closed() ? "CLOSED" : f.status() == null ? "UNASSESSED" : f.status();
            table.row("/households/" + f.householdId(), f.code(), f.headName(),
                    names.getOrDefault(f.communeCode(), f.communeCode()), f.village(), status, f.statusSince(),
                    f.policyGroup());
        }
        return table.build();
    }

    /** The tables of a household's page: members, loans, cards, other help and the timeline. */
    private List<Table> tables(HouseholdView view) {
        Map<UUID, String> names = memberNames(view);
        String base = "/households/" + view.householdId();
        Table.Builder members = Table.builder("members", fmt.message("household.members"))
                .columns(Column.text(fmt.message("member.fullName")), Column.code(fmt.message("member.relation"), "relation"),
                        Column.code(fmt.message("member.sex"), "sex"), Column.date(fmt.message("member.birthDate")),
                        Column.text(fmt.message("member.nationalId")), Column.date(fmt.message("member.joinedOn")),
                        Column.date(fmt.message("member.departedOn")), Column.code(fmt.message("member.departureReason"), "departure"),
                        Column.text(fmt.message("member.ethnicity")), Column.code(fmt.message("member.disability"), "yesNo"),
                        Column.code(fmt.message("member.meritoriousService"), "yesNo"));
        for (MemberView m : concat(view.members(), view.formerMembers())) {
            members.row(null, m.fullName(), m.relation(), m.sex(), m.birthDate(), m.nationalId(), m.joinedOn(),
                    m.departedOn(), m.departureReason(), m.ethnicityName(), m.disability(), m.meritoriousService());
        }
        Table.Builder loans = Table.builder("loans", fmt.message("household.loans"))
                .columns(Column.code(fmt.message("loan.programme"), "programme"), Column.money(fmt.message("loan.principal")),
                        Column.text(fmt.message("loan.rate")), Column.number(fmt.message("loan.termMonths")),
                        Column.date(fmt.message("loan.disbursedOn")), Column.text(fmt.message("loan.lender")),
                        Column.money(fmt.message("loan.outstanding")), Column.code(fmt.message("loan.status"), "loanStatus"),
                        Column.text(fmt.message("common.note")));
        for (LoanView l : view.loans()) {
            loans.row(base + "/loans/" + l.loanId(), l.programme(), l.principal(),
                    fmt.rate(l.annualInterestRatePercent()), l.termMonths(),
                    l.disbursedOn(), l.lender(), l.outstanding(), l.status(), voidNote(l.voided(), l.voidReason()));
        }
        Table.Builder cards = Table.builder("insurance", fmt.message("household.insurance"))
                .columns(Column.text(fmt.message("card.member")), Column.text(fmt.message("card.number")),
                        Column.date(fmt.message("card.validFrom")), Column.date(fmt.message("card.validTo")),
                        Column.number(fmt.message("card.subsidy")), Column.text(fmt.message("card.fundingSource")),
                        Column.code(fmt.message("card.valid"), "yesNo"), Column.text(fmt.message("common.note")));
        for (CardView c : view.insurance()) {
            cards.row(null, names.getOrDefault(c.memberId(), ""), c.cardNumber(), c.validFrom(), c.validTo(),
                    c.stateSubsidyPercent(), c.fundingSource(), c.valid(), voidNote(c.voided(), c.voidReason()));
        }
        Table.Builder help = Table.builder("assistance", fmt.message("household.assistance"))
                .columns(Column.code(fmt.message("assistance.kind"), "kind"), Column.text(fmt.message("assistance.description")),
                        Column.money(fmt.message("assistance.amount")), Column.date(fmt.message("assistance.providedOn")),
                        Column.text(fmt.message("assistance.fundingSource")), Column.codes(fmt.message("assistance.addresses"), "need"),
                        Column.text(fmt.message("common.note")));
        for (AssistanceView a : view.assistance()) {
            help.row(null, a.kind(), a.description(), a.amount(), a.providedOn(), a.fundingSource(), a.addresses(),
                    voidNote(a.voided(), a.voidReason()));
        }
        Table events = timeline.table(households.history(view.householdId()), names, false);
        return List.of(members.build(), loans.build(), cards.build(), help.build(), events);
    }

    private String voidNote(boolean voided, String reason) {
        return voided ? fmt.message("common.voided") + ": " + reason : null;
    }

    private static List<MemberView> concat(List<MemberView> a, List<MemberView> b) {
        List<MemberView> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
