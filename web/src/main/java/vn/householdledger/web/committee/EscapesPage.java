package vn.householdledger.web.committee;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.householdledger.api.Page;
import vn.householdledger.api.statistics.Escape;
import vn.householdledger.api.statistics.EscapePledgeItem;
import vn.householdledger.api.unit.Units;
import vn.householdledger.web.Communes;
import vn.householdledger.web.Formats;
import vn.householdledger.web.form.FormInput;
import vn.householdledger.web.ledger.CommitteeReads;
import vn.householdledger.web.ledger.StatisticsReads;
import vn.householdledger.web.report.Choices;
import vn.householdledger.web.report.Filter;
import vn.householdledger.web.report.Report;
import vn.householdledger.web.report.Reports;
import vn.householdledger.web.report.UnitsChoice;
import vn.householdledger.web.table.Column;
import vn.householdledger.web.table.Table;
import vn.householdledger.web.table.TableExports;

/**
 * Who escaped poverty or near-poverty in the review of a year, and why (under that year's units or today's); and who pledged to escape in a
 * year (đăng ký thoát nghèo), and whether the review of that year moved them out.
 */
@Controller
public class EscapesPage {

    private final StatisticsReads escapes;
    private final CommitteeReads pledges;
    private final Communes communes;
    private final Reports reports;
    private final TableExports exports;
    private final Formats fmt;

    public EscapesPage(StatisticsReads escapes, CommitteeReads pledges, Communes communes, Reports reports,
                       TableExports exports, Formats fmt) {
        this.escapes = escapes;
        this.pledges = pledges;
        this.communes = communes;
        this.reports = reports;
        this.exports = exports;
        this.fmt = fmt;
    }

    @GetMapping("/escapes")
    public String escapes(@RequestParam(required = false) Integer year, @RequestParam(required = false) String commune,
                          @RequestParam(required = false) String units,
                          @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                          Model model, HttpServletRequest request) {
        int y = year(year);
        Units chosen = UnitsChoice.of(units);
        Page<Escape> found = escapes.escapes(y, FormInput.text(commune), UnitsChoice.param(chosen), page, Reports.pageSize(size));
        Report report = Report.titled(fmt.message("escapes.title", y)).intro(fmt.message("escapes.intro", y))
                .filter(Filter.of("year", fmt.message("filter.year"), "year", y, null))
                .filter(UnitsChoice.filter(fmt, chosen))
                .filter(Filter.select("commune", fmt.message("household.commune"), commune, Choices.communes(fmt, communes.readable())))
                .table(table(found.items()))
                .paging(found)
                .build();
        return reports.show(model, request, report);
    }

    @GetMapping(value = "/escapes", params = "export")
    public ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year,
                                         @RequestParam(required = false) String commune,
                                         @RequestParam(required = false) String units, @RequestParam String export) {
        int y = year(year);
        String under = UnitsChoice.param(UnitsChoice.of(units));
        List<Escape> all = Reports.everyPage(
                p -> escapes.escapes(y, FormInput.text(commune), under, p, Page.MAX_SIZE));
        return exports.export(export, null, List.of(table(all)), "thoat-ngheo-" + y);
    }

    private Table table(List<Escape> escaped) {
        Map<String, String> names = communes.names();
        Table.Builder table = Table.builder("escapes", fmt.message("escapes.table"))
                .columns(Column.text(fmt.message("household.code")), Column.text(fmt.message("household.commune")),
                        Column.code(fmt.message("escapes.from"), "classification"), Column.code(fmt.message("escapes.to"), "classification"),
                        Column.date(fmt.message("escapes.decidedOn")), Column.money(fmt.message("escapes.incomeBefore")),
                        Column.money(fmt.message("escapes.incomeAfter")), Column.codes(fmt.message("escapes.deprivationsCleared"), "deprivation"),
                        Column.codes(fmt.message("escapes.causesAddressed"), "cause"), Column.text(fmt.message("escapes.assistance")));
        for (Escape e : escaped) {
            String help = e.why().assistance().stream()
                    .map(h -> fmt.label("LOAN".equals(h.kind()) ? "programme" : "kind", h.category())
                            + (h.amount() == null ? "" : " " + fmt.money(h.amount())) + " (" + fmt.date(h.date()) + ")")
                    .collect(Collectors.joining("; "));
            table.row(Reports.householdLink(e.householdId()), e.code(),
                    names.getOrDefault(e.communeCode(), e.communeCode()), e.from(), e.to(), e.decidedOn(),
                    e.why().incomeBefore(), e.why().incomeAfter(), e.why().deprivationsCleared(), e.why().causesAddressed(), help);
        }
        return table.build();
    }

    @GetMapping("/escape-pledges")
    public String pledges(@RequestParam(required = false) Integer year, @RequestParam(required = false) String commune,
                          @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                          Model model, HttpServletRequest request) {
        int y = year(year);
        Page<EscapePledgeItem> found = pledges.escapePledges(y, FormInput.text(commune), page, Reports.pageSize(size));
        Report report = Report.titled(fmt.message("pledges.title", y)).intro(fmt.message("pledges.intro", y))
                .filter(Filter.of("year", fmt.message("filter.year"), "year", y, null))
                .filter(Filter.select("commune", fmt.message("household.commune"), commune, Choices.communes(fmt, communes.readable())))
                .table(pledgeTable(found.items()))
                .paging(found)
                .build();
        return reports.show(model, request, report);
    }

    @GetMapping(value = "/escape-pledges", params = "export")
    public ResponseEntity<byte[]> exportPledges(@RequestParam(required = false) Integer year,
                                         @RequestParam(required = false) String commune, @RequestParam String export) {
        int y = year(year);
        List<EscapePledgeItem> all = Reports.everyPage(p -> pledges.escapePledges(y, FormInput.text(commune), p, Page.MAX_SIZE));
        return exports.export(export, null, List.of(pledgeTable(all)), "dang-ky-thoat-ngheo-" + y);
    }

    private Table pledgeTable(List<EscapePledgeItem> pledged) {
        Map<String, String> names = communes.names();
        Table.Builder table = Table.builder("pledges", fmt.message("pledges.table"))
                .columns(Column.text(fmt.message("household.code")), Column.text(fmt.message("household.head")),
                        Column.text(fmt.message("household.commune")), Column.date(fmt.message("pledges.pledgedOn")),
                        Column.code(fmt.message("pledges.outcome"), "pledgeOutcome"));
        for (EscapePledgeItem p : pledged) {
            table.row(Reports.householdLink(p.householdId()), p.code(), p.headName(),
                    names.getOrDefault(p.communeCode(), p.communeCode()), p.pledgedOn(), p.outcome());
        }
        return table.build();
    }

    private int year(Integer year) {
        return year == null ? fmt.thisYear() : year;
    }
}
