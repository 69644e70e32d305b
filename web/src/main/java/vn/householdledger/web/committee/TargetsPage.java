package vn.householdledger.web.committee;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.householdledger.api.target.TargetEntry;
import vn.householdledger.api.target.TargetsView;
import vn.householdledger.web.Communes;
import vn.householdledger.web.Formats;
import vn.householdledger.web.ledger.CommitteeReads;
import vn.householdledger.web.report.Filter;
import vn.householdledger.web.report.Report;
import vn.householdledger.web.report.Reports;
import vn.householdledger.web.table.Column;
import vn.householdledger.web.table.Table;
import vn.householdledger.web.table.TableExports;

/**
 * The plan's targets of a year (chỉ tiêu) against their value now: the district's, in percent, and each
 * commune's number of poor households at the year's end against its poor households today.
 */
@Controller
public class TargetsPage {

    /** The scope of the district's own targets; any other scope is a commune's code. */
    private static final String DISTRICT = "DISTRICT";

    private final CommitteeReads plan;
    private final Communes communes;
    private final Reports reports;
    private final TableExports exports;
    private final Formats fmt;

    public TargetsPage(CommitteeReads plan, Communes communes, Reports reports, TableExports exports, Formats fmt) {
        this.plan = plan;
        this.communes = communes;
        this.reports = reports;
        this.exports = exports;
        this.fmt = fmt;
    }

    @GetMapping("/targets")
    public String targets(@RequestParam(required = false) Integer year, Model model, HttpServletRequest request) {
        return reports.show(model, request, report(year == null ? fmt.thisYear() : year));
    }

    @GetMapping(value = "/targets", params = "export")
    public ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year, @RequestParam String export,
                                         @RequestParam(required = false) String table) {
        int y = year == null ? fmt.thisYear() : year;
        return exports.export(export, table, report(y).tables(), "chi-tieu-" + y);
    }

    private Report report(int year) {
        TargetsView view = plan.targets(year);
        Map<String, String> names = communes.names();
        Table.Builder district = Table.builder("district", fmt.message("targets.district", year))
                .columns(Column.code(fmt.message("targets.target"), "targetCode"), Column.percent(fmt.message("targets.planned")),
                        Column.percent(fmt.message("targets.actual")), Column.text(fmt.message("targets.base")),
                        Column.text(fmt.message("targets.met")));
        Table.Builder poor = Table.builder("communes", fmt.message("targets.communes", year))
                .columns(Column.text(fmt.message("statistics.unit")), Column.number(fmt.message("targets.poorPlanned")),
                        Column.number(fmt.message("targets.poorNow")), Column.text(fmt.message("targets.met")));
        for (TargetEntry t : view.targets()) {
            String met = fmt.message(t.met() ? "targets.yes" : "targets.no");
            if (DISTRICT.equals(t.scope())) {
                String base = t.count() == null ? "" : fmt.message("targets.of", fmt.number(t.count()), fmt.number(t.base()));
                district.row(null, t.code(), t.target(), t.actual(), base, met);
            } else {
                poor.row(null, names.getOrDefault(t.scope(), t.scope()), t.target(), t.actual(), met);
            }
        }
        return Report.titled(fmt.message("targets.title", year))
                .intro(fmt.message("targets.intro", fmt.today()))
                .filter(Filter.of("year", fmt.message("filter.year"), "year", year, null))
                .table(district.build())
                .table(poor.build())
                .build();
    }
}
