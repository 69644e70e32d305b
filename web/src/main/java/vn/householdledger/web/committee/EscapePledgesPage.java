package vn.householdledger.web.committee;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.householdledger.api.Page;
import vn.householdledger.api.statistics.EscapePledgeItem;
import vn.householdledger.web.Communes;
import vn.householdledger.web.Formats;
import vn.householdledger.web.form.FormInput;
import vn.householdledger.web.ledger.CommitteeReads;
import vn.householdledger.web.report.Choices;
import vn.householdledger.web.report.Filter;
import vn.householdledger.web.report.Report;
import vn.householdledger.web.report.Reports;
import vn.householdledger.web.table.Column;
import vn.householdledger.web.table.Table;
import vn.householdledger.web.table.TableExports;

/** Who pledged to escape poverty in a year (đăng ký thoát nghèo), and whether the review of that year moved them out. */
@Controller
public class EscapePledgesPage {

    private final CommitteeReads plan;
    private final Communes communes;
    private final Reports reports;
    private final TableExports exports;
    private final Formats fmt;

    public EscapePledgesPage(CommitteeReads plan, Communes communes, Reports reports, TableExports exports, Formats fmt) {
        this.plan = plan;
        this.communes = communes;
        this.reports = reports;
        this.exports = exports;
        this.fmt = fmt;
    }

    @GetMapping("/escape-pledges")
    public String pledges(@RequestParam(required = false) Integer year, @RequestParam(required = false) String commune,
                          @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                          Model model, HttpServletRequest request) {
        int y = year == null ? fmt.thisYear() : year;
        Page<EscapePledgeItem> found = plan.escapePledges(y, FormInput.text(commune), page, Reports.pageSize(size));
        Report report = Report.titled(fmt.message("pledges.title", y)).intro(fmt.message("pledges.intro", y))
                .filter(Filter.of("year", fmt.message("filter.year"), "year", y, null))
                .filter(Filter.select("commune", fmt.message("household.commune"), commune, Choices.communes(fmt, communes.readable())))
                .table(table(found.items()))
                .paging(found)
                .build();
        return reports.show(model, request, report);
    }

    @GetMapping(value = "/escape-pledges", params = "export")
    public ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year,
                                         @RequestParam(required = false) String commune, @RequestParam String export) {
        int y = year == null ? fmt.thisYear() : year;
        List<EscapePledgeItem> all = Reports.everyPage(p -> plan.escapePledges(y, FormInput.text(commune), p, Page.MAX_SIZE));
        return exports.export(export, null, List.of(table(all)), "dang-ky-thoat-ngheo-" + y);
    }

    private Table table(List<EscapePledgeItem> pledges) {
        Map<String, String> names = communes.names();
        Table.Builder table = Table.builder("pledges", fmt.message("pledges.table"))
                .columns(Column.text(fmt.message("household.code")), Column.text(fmt.message("household.head")),
                        Column.text(fmt.message("household.commune")), Column.date(fmt.message("pledges.pledgedOn")),
                        Column.code(fmt.message("pledges.outcome"), "pledgeOutcome"));
        for (EscapePledgeItem p : pledges) {
            table.row(Reports.householdLink(p.householdId()), p.code(), p.headName(),
                    names.getOrDefault(p.communeCode(), p.communeCode()), p.pledgedOn(), p.outcome());
        }
        return table.build();
    }
}
