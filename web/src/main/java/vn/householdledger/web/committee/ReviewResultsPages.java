package vn.householdledger.web.committee;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.householdledger.api.report.ReviewResultRow;
import vn.householdledger.api.report.ReviewResults;
import vn.householdledger.api.unit.Units;
import vn.householdledger.web.Communes;
import vn.householdledger.web.Formats;
import vn.householdledger.web.form.FormInput;
import vn.householdledger.web.ledger.Downloads;
import vn.householdledger.web.ledger.ReportReads;
import vn.householdledger.web.report.Choices;
import vn.householdledger.web.report.Filter;
import vn.householdledger.web.report.Report;
import vn.householdledger.web.report.Reports;
import vn.householdledger.web.report.UnitsChoice;
import vn.householdledger.web.table.Column;
import vn.householdledger.web.table.Table;

/**
 * The committee's report upward (báo cáo kết quả rà soát): a unit (or every unit), the year of the lists and the
 * units read under (that year's or today's, {@link UnitsChoice}) chosen,
 * the table by unit with the urban, rural and whole totals, and the files to send up as the API makes them: the
 * report as xlsx and PDF (to sign), and its appendices 4d and 5a.
 */
@Controller
public class ReviewResultsPages {

    private static final String PATH = "/reports/review-results";

    private final ReportReads reports;
    private final Communes communes;
    private final Reports pages;
    private final Formats fmt;

    public ReviewResultsPages(ReportReads reports, Communes communes, Reports pages, Formats fmt) {
        this.reports = reports;
        this.communes = communes;
        this.pages = pages;
        this.fmt = fmt;
    }

    @GetMapping(PATH)
    public String show(@RequestParam(required = false) Integer year, @RequestParam(required = false) String commune,
                       @RequestParam(required = false) String units, Model model, HttpServletRequest request) {
        int y = year == null ? fmt.thisYear() : year;
        String unit = FormInput.text(commune);
        Units chosen = UnitsChoice.of(units);
        ReviewResults results = reports.reviewResults(y, unit, UnitsChoice.param(chosen));
        Table.Builder table = Table.builder("review-results", fmt.message("reviewResults.table", y, results.unit()))
                .columns(Column.text(fmt.message("statistics.unit")), Column.number(fmt.message("statistics.households")),
                        Column.number(fmt.message("reviewResults.poor")), Column.percent(fmt.message("statistics.rate")),
                        Column.number(fmt.message("reviewResults.nearPoor")), Column.percent(fmt.message("statistics.rate")),
                        Column.number(fmt.message("flows.newlyPoor")), Column.number(fmt.message("flows.fellBack")),
                        Column.number(fmt.message("flows.escaped")), Column.number(fmt.message("flows.escapedNearPoverty")),
                        Column.number(fmt.message("reviewResults.poorSocialProtection")),
                        Column.number(fmt.message("reviewResults.poorEthnicMinority")),
                        Column.number(fmt.message("reviewResults.nearPoorEthnicMinority")),
                        Column.number(fmt.message("reviewResults.poorFemaleHeaded")),
                        Column.number(fmt.message("reviewResults.nearPoorFemaleHeaded")));
        results.rows().forEach(row -> table.row(null, cells(row.name(), row)));
        table.row(null, cells(fmt.message("reviewResults.urban"), results.urban()));
        table.row(null, cells(fmt.message("reviewResults.rural"), results.rural()));
        table.total(cells(fmt.message("statistics.total"), results.total()));
        Report report = Report.titled(fmt.message("reviewResults.title", y))
                .intro(fmt.message("reviewResults.intro", y, fmt.date(results.madeOn())))
                .filter(Filter.of("year", fmt.message("filter.year"), "year", y, null))
                .filter(UnitsChoice.filter(fmt, chosen))
                .filter(Filter.select("commune", fmt.message("household.commune"), unit, Choices.communes(fmt, communes.readable())))
                .action(fmt.message("reviewResults.xlsx"), fileLink(y, unit, chosen, "xlsx"))
                .action(fmt.message("reviewResults.pdf"), fileLink(y, unit, chosen, "pdf"))
                .action(fmt.message("reviewResults.deprivations"), fileLink(y, unit, chosen, "deprivations"))
                .action(fmt.message("reviewResults.causes"), fileLink(y, unit, chosen, "causes"))
                .table(table.build())
                .build();
        return pages.show(model, request, report);
    }

    /** The report's files, passed on as the API makes them. */
    @GetMapping(PATH + "/file")
    public ResponseEntity<byte[]> file(@RequestParam int year, @RequestParam(required = false) String commune,
                                       @RequestParam(required = false) String units, @RequestParam String what) {
        String unit = FormInput.text(commune);
        String under = UnitsChoice.param(UnitsChoice.of(units));
        return switch (what) {
            case "pdf" -> Downloads.passOn(reports.reviewResultsFile(year, unit, under, "pdf"), "ket-qua-ra-soat-" + year + ".pdf");
            case "deprivations" -> Downloads.passOn(reports.deprivations(year, unit, under), "phu-luc-4d-" + year + ".xlsx");
            case "causes" -> Downloads.passOn(reports.causes(year, unit, under), "phu-luc-5a-" + year + ".xlsx");
            default -> Downloads.passOn(reports.reviewResultsFile(year, unit, under, "xlsx"), "ket-qua-ra-soat-" + year + ".xlsx");
        };
    }

    private static String fileLink(int year, String commune, Units units, String what) {
        return UriComponentsBuilder.fromPath(PATH + "/file").queryParam("year", year)
                .queryParamIfPresent("commune", Optional.ofNullable(commune)).queryParam(UnitsChoice.PARAMETER, UnitsChoice.param(units))
                .queryParam("what", what).build().toUriString();
    }

    private static Object[] cells(String name, ReviewResultRow row) {
        return new Object[] {name, row.households(), row.poor(), row.poorRate(), row.nearPoor(), row.nearPoorRate(), row.newlyPoor(),
                row.fellBack(), row.escaped(), row.escapedNearPoverty(), row.poorSocialProtection(), row.poorEthnicMinority(),
                row.nearPoorEthnicMinority(), row.poorFemaleHeaded(), row.nearPoorFemaleHeaded()};
    }
}
