package vn.householdledger.web.committee;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.householdledger.api.Page;
import vn.householdledger.api.household.ListedStatus;
import vn.householdledger.api.household.PolicyGroup;
import vn.householdledger.api.povertylist.PovertyListItem;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.web.Communes;
import vn.householdledger.web.Formats;
import vn.householdledger.web.form.FormErrors;
import vn.householdledger.web.form.FormInput;
import vn.householdledger.web.ledger.ListReads;
import vn.householdledger.web.report.Choices;
import vn.householdledger.web.report.Filter;
import vn.householdledger.web.report.Report;
import vn.householdledger.web.report.Reports;
import vn.householdledger.web.table.Column;
import vn.householdledger.web.table.Table;
import vn.householdledger.web.table.TableExports;

/**
 * The poverty list: on a business date (today unless another is typed) for the committee and the
 * workers, as the ledger knows that day now; and for auditors the list exactly as the service would
 * have answered at a chosen instant (typed in Vietnam's time), whatever was recorded later.
 */
@Controller
public class PovertyListPages {

    private static final int PAGE_SIZE = 100;

    private final ListReads lists;
    private final Communes communes;
    private final Reports reports;
    private final TableExports exports;
    private final Formats fmt;
    private final Clock clock;

    public PovertyListPages(ListReads lists, Communes communes, Reports reports, TableExports exports,
                            Formats fmt, Clock clock) {
        this.lists = lists;
        this.communes = communes;
        this.reports = reports;
        this.exports = exports;
        this.fmt = fmt;
        this.clock = clock;
    }

    @GetMapping("/poverty-list")
    public String onDate(@RequestParam(required = false) String on, @RequestParam(required = false) String commune,
                         @RequestParam(required = false) ListedStatus status,
                         @RequestParam(required = false) PolicyGroup policyGroup, @RequestParam(required = false) Integer page,
                         Model model, HttpServletRequest request) {
        FormErrors errors = new FormErrors();
        LocalDate date = new FormInput(errors, fmt).date("on", on);
        String day = date == null ? fmt.today() : fmt.date(date);
        Report.Builder report = Report.titled(fmt.message("povertyList.title", day))
                .filter(Filter.of("on", fmt.message("povertyList.on"), "date", on == null ? day : on,
                        fmt.message("povertyList.onHint")));
        filters(report, commune, status, policyGroup).intro(fmt.message("povertyList.intro")).errors(errors);
        if (errors.isEmpty()) {
            Page<PovertyListItem> found = lists.povertyList(FormInput.text(commune), status, policyGroup, date, page, PAGE_SIZE);
            report.table(table(found.items())).paging(found);
        }
        return reports.show(model, request, report.build());
    }

    @GetMapping(value = "/poverty-list", params = "export")
    public ResponseEntity<byte[]> exportOnDate(@RequestParam(required = false) String on,
                                               @RequestParam(required = false) String commune,
                                               @RequestParam(required = false) ListedStatus status,
                                               @RequestParam(required = false) PolicyGroup policyGroup,
                                               @RequestParam String export) {
        FormErrors errors = new FormErrors();
        LocalDate date = new FormInput(errors, fmt).date("on", on);
        refuseIfAny(errors, "on");
        List<PovertyListItem> all = Reports.everyPage(p -> lists.povertyList(FormInput.text(commune), status, policyGroup, date, p,
                Page.MAX_SIZE));
        return exports.export(export, null, List.of(table(all)), "danh-sach-ho-ngheo");
    }

    @GetMapping("/audit/poverty-list")
    public String asOf(@RequestParam(required = false) String asOf, @RequestParam(required = false) String commune,
                       @RequestParam(required = false) ListedStatus status,
                       @RequestParam(required = false) PolicyGroup policyGroup, @RequestParam(required = false) Integer page,
                       Model model, HttpServletRequest request) {
        FormErrors errors = new FormErrors();
        Instant instant = instant(asOf, errors);
        Report.Builder report = filters(Report.titled(fmt.message("povertyListAsOf.title")), commune, status, policyGroup)
                .intro(fmt.message("povertyListAsOf.intro"))
                .filter(Filter.of("asOf", fmt.message("povertyListAsOf.asOf"), "datetime",
                        asOf == null ? fmt.instant(instant) : asOf, fmt.message("hint.dateTime")))
                .errors(errors);
        if (errors.isEmpty()) {
            Page<PovertyListItem> found = lists.povertyListAsOf(instant, FormInput.text(commune), status,
                    policyGroup, page, PAGE_SIZE);
            report.table(table(found.items())).paging(found);
        }
        return reports.show(model, request, report.build());
    }

    @GetMapping(value = "/audit/poverty-list", params = "export")
    public ResponseEntity<byte[]> exportAsOf(@RequestParam(required = false) String asOf,
                                             @RequestParam(required = false) String commune,
                                             @RequestParam(required = false) ListedStatus status,
                                             @RequestParam(required = false) PolicyGroup policyGroup,
                                             @RequestParam String export) {
        FormErrors errors = new FormErrors();
        Instant instant = instant(asOf, errors);
        refuseIfAny(errors, "asOf");
        List<PovertyListItem> all = Reports.everyPage(p -> lists.povertyListAsOf(instant, FormInput.text(commune), status, policyGroup, p,
                Page.MAX_SIZE));
        return exports.export(export, null, List.of(table(all)), "danh-sach-ho-ngheo-tai-thoi-diem");
    }

    private Report.Builder filters(Report.Builder report, String commune, ListedStatus status, PolicyGroup policyGroup) {
        return report
                .filter(Filter.select("commune", fmt.message("household.commune"), commune, Choices.communes(fmt, communes.readable())))
                .filter(Filter.select("status", fmt.message("household.status"), status,
                        Choices.codes(fmt, "status", new ListedStatus[] {ListedStatus.POOR, ListedStatus.NEAR_POOR, ListedStatus.NEWLY_ESCAPED})))
                .filter(Filter.select("policyGroup", fmt.message("household.policyGroup"), policyGroup,
                        Choices.codes(fmt, "policyGroup", PolicyGroup.values())));
    }

    private static void refuseIfAny(FormErrors errors, String field) {
        if (!errors.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, errors.get(field));
        }
    }

    /** The instant typed, in Vietnam's time; now when nothing is typed. */
    private Instant instant(String typed, FormErrors errors) {
        LocalDateTime local = new FormInput(errors, fmt).dateTime("asOf", typed);
        return local == null ? clock.instant() : local.atZone(BusinessCalendar.VIETNAM).toInstant();
    }

    private Table table(List<PovertyListItem> items) {
        Map<String, String> names = communes.names();
        Table.Builder table = Table.builder("povertyList", fmt.message("povertyList.table"))
                .columns(Column.text(fmt.message("household.code")), Column.text(fmt.message("household.head")),
                        Column.text(fmt.message("household.commune")), Column.code(fmt.message("household.status"), "status"),
                        Column.date(fmt.message("household.since")), Column.code(fmt.message("household.policyGroup"), "policyGroup"));
        for (PovertyListItem i : items) {
            table.row(Reports.householdLink(i.householdId()), i.code(), i.headName(),
                    names.getOrDefault(i.communeCode(), i.communeCode()), i.status(), i.since(), i.policyGroup());
        }
        return table.build();
    }
}
