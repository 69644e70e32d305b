package vn.householdledger.web.committee;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.PolicyGroup;
import vn.householdledger.api.statistics.Causes;
import vn.householdledger.api.statistics.CommuneRow;
import vn.householdledger.api.statistics.Deprivations;
import vn.householdledger.api.statistics.FlowRow;
import vn.householdledger.api.statistics.Statistics;
import vn.householdledger.api.unit.Units;
import vn.householdledger.web.Communes;
import vn.householdledger.web.Formats;
import vn.householdledger.web.form.FormInput;
import vn.householdledger.web.ledger.StatisticsReads;
import vn.householdledger.web.report.Charts;
import vn.householdledger.web.report.Choices;
import vn.householdledger.web.report.Filter;
import vn.householdledger.web.report.Report;
import vn.householdledger.web.report.Reports;
import vn.householdledger.web.report.UnitsChoice;
import vn.householdledger.web.table.Column;
import vn.householdledger.web.table.Table;
import vn.householdledger.web.table.TableExports;

/**
 * What the steering committee looks at for a year: each commune against its plan (the plan's own
 * table, with a chart of each commune's rate against its target), the flows in and out of poverty,
 * and what the review found — deprivations and causes — with their charts; each under the units of that year
 * or under today's ({@link UnitsChoice}).
 */
@Controller
public class StatisticsPages {

    private final StatisticsReads statistics;
    private final Communes communes;
    private final Charts charts;
    private final Reports reports;
    private final TableExports exports;
    private final Formats fmt;

    public StatisticsPages(StatisticsReads statistics, Communes communes,
                           Charts charts, Reports reports, TableExports exports, Formats fmt) {
        this.statistics = statistics;
        this.communes = communes;
        this.charts = charts;
        this.reports = reports;
        this.exports = exports;
        this.fmt = fmt;
    }

    @GetMapping("/statistics")
    public String communes(@RequestParam(required = false) Integer year, @RequestParam(required = false) String units,
                           Model model, HttpServletRequest request) {
        return reports.show(model, request, communesReport(year(year), UnitsChoice.of(units)));
    }

    @GetMapping(value = "/statistics", params = "export")
    public ResponseEntity<byte[]> exportCommunes(@RequestParam(required = false) Integer year,
                                                 @RequestParam(required = false) String units, @RequestParam String export,
                                                 @RequestParam(required = false) String table) {
        int y = year(year);
        return exports.export(export, table, communesReport(y, UnitsChoice.of(units)).tables(), "thong-ke-xa-" + y);
    }

    @GetMapping("/statistics/flows")
    public String flows(@RequestParam(required = false) Integer year, @RequestParam(required = false) String units,
                        Model model, HttpServletRequest request) {
        return reports.show(model, request, flowsReport(year(year), UnitsChoice.of(units)));
    }

    @GetMapping(value = "/statistics/flows", params = "export")
    public ResponseEntity<byte[]> exportFlows(@RequestParam(required = false) Integer year,
                                              @RequestParam(required = false) String units, @RequestParam String export,
                                              @RequestParam(required = false) String table) {
        int y = year(year);
        return exports.export(export, table, flowsReport(y, UnitsChoice.of(units)).tables(), "bien-dong-" + y);
    }

    @GetMapping("/statistics/findings")
    public String findings(@RequestParam(required = false) Integer year, @RequestParam(required = false) String commune,
                           @RequestParam(required = false) Classification status,
                           @RequestParam(required = false) PolicyGroup policyGroup, @RequestParam(required = false) String units,
                           Model model, HttpServletRequest request) {
        return reports.show(model, request, findingsReport(year(year), FormInput.text(commune), status, policyGroup,
                UnitsChoice.of(units)));
    }

    @GetMapping(value = "/statistics/findings", params = "export")
    public ResponseEntity<byte[]> exportFindings(@RequestParam(required = false) Integer year,
                                                 @RequestParam(required = false) String commune,
                                                 @RequestParam(required = false) Classification status,
                                                 @RequestParam(required = false) PolicyGroup policyGroup,
                                                 @RequestParam(required = false) String units,
                                                 @RequestParam String export, @RequestParam(required = false) String table) {
        int y = year(year);
        return exports.export(export, table,
                findingsReport(y, FormInput.text(commune), status, policyGroup, UnitsChoice.of(units)).tables(),
                "ket-qua-ra-soat-" + y);
    }

    private Report communesReport(int year, Units units) {
        Statistics<CommuneRow> stats = statistics.communes(year, UnitsChoice.param(units));
        Table.Builder table = Table.builder("communes", fmt.message("statistics.table", year))
                .columns(Column.text(fmt.message("statistics.unit")), Column.number(fmt.message("statistics.households")),
                        Column.number(fmt.message("statistics.poorAtStart", year)), Column.percent(fmt.message("statistics.rate")),
                        Column.number(fmt.message("statistics.poorTargetEnd", year)), Column.percent(fmt.message("statistics.targetRate", year)),
                        Column.number(fmt.message("statistics.poorAtEnd", fmt.date(stats.endDay()))), Column.percent(fmt.message("statistics.rate")),
                        Column.number(fmt.message("statistics.nearPoorAtEnd", fmt.date(stats.endDay()))), Column.percent(fmt.message("statistics.rate")));
        List<String> names = new ArrayList<>();
        List<BigDecimal> start = new ArrayList<>();
        List<BigDecimal> end = new ArrayList<>();
        List<BigDecimal> target = new ArrayList<>();
        for (CommuneRow r : stats.rows()) {
            table.row(null, r.name(), r.households(), r.poorAtStart(), r.poorAtStartRate(), r.poorTargetEnd(),
                    r.poorTargetEndRate(), r.poorAtEnd(), r.poorAtEndRate(), r.nearPoorAtEnd(), r.nearPoorAtEndRate());
            names.add(r.name());
            start.add(r.poorAtStartRate());
            end.add(r.poorAtEndRate());
            target.add(r.poorTargetEndRate());
        }
        CommuneRow t = stats.total();
        table.total(fmt.message("statistics.total"), t.households(), t.poorAtStart(), t.poorAtStartRate(), t.poorTargetEnd(),
                t.poorTargetEndRate(), t.poorAtEnd(), t.poorAtEndRate(), t.nearPoorAtEnd(), t.nearPoorAtEndRate());
        return Report.titled(fmt.message("statistics.title", year))
                .intro(fmt.message("statistics.intro", fmt.date(stats.startDay()), fmt.date(stats.endDay())))
                .filter(yearFilter(year))
                .filter(UnitsChoice.filter(fmt, units))
                .chart(charts.bars("rates", fmt.message("statistics.chart", year), fmt.message("statistics.chartSummary"),
                        names, "%", List.of(
                                Charts.Series.bars(fmt.message("statistics.series.start", year), start),
                                Charts.Series.bars(fmt.message("statistics.series.end", fmt.date(stats.endDay())), end),
                                Charts.Series.markers(fmt.message("statistics.series.target", year), target))))
                .table(table.build())
                .build();
    }

    private Report flowsReport(int year, Units units) {
        Statistics<FlowRow> stats = statistics.flows(year, UnitsChoice.param(units));
        Map<String, String> names = communes.names();
        Table.Builder table = Table.builder("flows", fmt.message("flows.table", year))
                .columns(Column.text(fmt.message("statistics.unit")), Column.number(fmt.message("flows.poorAtStart")),
                        Column.number(fmt.message("flows.escaped")), Column.number(fmt.message("flows.newlyPoor")),
                        Column.number(fmt.message("flows.fellBack")), Column.number(fmt.message("flows.poorAtEnd")),
                        Column.number(fmt.message("flows.nearPoorAtStart")), Column.number(fmt.message("flows.escapedNearPoverty")),
                        Column.number(fmt.message("flows.nearPoorAtEnd")));
        List<String> categories = new ArrayList<>();
        List<Long> escaped = new ArrayList<>();
        List<Long> newlyPoor = new ArrayList<>();
        List<Long> fellBack = new ArrayList<>();
        for (FlowRow r : stats.rows()) {
            String name = names.getOrDefault(r.communeCode(), r.communeCode());
            table.row(null, name, r.poorAtStart(), r.escaped(), r.newlyPoor(), r.fellBack(), r.poorAtEnd(),
                    r.nearPoorAtStart(), r.escapedNearPoverty(), r.nearPoorAtEnd());
            categories.add(name);
            escaped.add(r.escaped());
            newlyPoor.add(r.newlyPoor());
            fellBack.add(r.fellBack());
        }
        FlowRow t = stats.total();
        table.total(fmt.message("statistics.total"), t.poorAtStart(), t.escaped(), t.newlyPoor(), t.fellBack(), t.poorAtEnd(),
                t.nearPoorAtStart(), t.escapedNearPoverty(), t.nearPoorAtEnd());
        return Report.titled(fmt.message("flows.title", year))
                .intro(fmt.message("statistics.intro", fmt.date(stats.startDay()), fmt.date(stats.endDay())))
                .filter(yearFilter(year))
                .filter(UnitsChoice.filter(fmt, units))
                .chart(charts.bars("flows", fmt.message("flows.chart", year), fmt.message("flows.chartSummary"), categories,
                        fmt.message("flows.unit"), List.of(Charts.Series.bars(fmt.message("flows.escaped"), escaped),
                                Charts.Series.bars(fmt.message("flows.newlyPoor"), newlyPoor),
                                Charts.Series.bars(fmt.message("flows.fellBack"), fellBack))))
                .table(table.build())
                .build();
    }

    private Report findingsReport(int year, String commune, Classification status, PolicyGroup policyGroup, Units units) {
        Classification among = status == null ? Classification.POOR : status;
        Deprivations deprivations = statistics.deprivations(year, among, commune, UnitsChoice.param(units));
        Causes causes = statistics.causes(year, policyGroup, commune, UnitsChoice.param(units));
        Table.Builder lacks = Table.builder("deprivations", fmt.message("findings.deprivations", fmt.label("classification", among)))
                .columns(Column.code(fmt.message("findings.indicator"), "deprivation"),
                        Column.number(fmt.message("findings.households")), Column.percent(fmt.message("findings.percent")));
        deprivations.indicators().forEach(i -> lacks.row(null, i.code(), i.households(), i.percent()));
        lacks.total(fmt.message("findings.base"), deprivations.base(), null);
        Table.Builder why = Table.builder("causes", fmt.message("findings.causes"))
                .columns(Column.code(fmt.message("findings.cause"), "cause"), Column.number(fmt.message("findings.mentions")),
                        Column.percent(fmt.message("findings.mentionPercent")));
        causes.causes().forEach(c -> why.row(null, c.code(), c.mentions(), c.percent()));
        why.total(fmt.message("findings.allMentions", causes.households()), causes.mentions(), null);
        return Report.titled(fmt.message("findings.title", year))
                .intro(fmt.message("findings.intro", year))
                .filter(yearFilter(year))
                .filter(UnitsChoice.filter(fmt, units))
                .filter(Filter.select("commune", fmt.message("household.commune"), commune, Choices.communes(fmt, communes.readable())))
                .filter(Filter.select("status", fmt.message("findings.among"), status, Choices.codes(fmt, "classification", Classification.values())))
                .filter(Filter.select("policyGroup", fmt.message("household.policyGroup"), policyGroup, Choices.codes(fmt, "policyGroup", PolicyGroup.values())))
                .chart(charts.ranking("deprivations", fmt.message("findings.deprivations", fmt.label("classification", among)),
                        fmt.message("findings.deprivationsSummary"),
                        deprivations.indicators().stream().map(i -> fmt.label("deprivation", i.code())).toList(), "%",
                        deprivations.indicators().stream().map(i -> orZero(i.percent())).toList()))
                .chart(charts.ranking("causes", fmt.message("findings.causes"), fmt.message("findings.causesSummary"),
                        causes.causes().stream().map(c -> fmt.label("cause", c.code())).toList(), "%",
                        causes.causes().stream().map(c -> orZero(c.percent())).toList()))
                .table(lacks.build())
                .table(why.build())
                .build();
    }

    private Filter yearFilter(int year) {
        return Filter.of("year", fmt.message("filter.year"), "year", year, null);
    }

    private int year(Integer year) {
        return year == null ? fmt.thisYear() : year;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
