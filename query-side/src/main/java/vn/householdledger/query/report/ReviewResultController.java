package vn.householdledger.query.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.api.report.ReviewResults;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.query.print.Download;
import vn.householdledger.query.unit.UnitsRead;

/**
 * The reports upward of the reviews' results: the table in JSON, xlsx or PDF, and its appendices 4d
 * (deprivations) and 5a (causes) as xlsx; of one unit ({@code commune}) or of every unit the caller reads,
 * named {@code ledger.reports.unit-name} then.
 */
@RestController
public class ReviewResultController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReviewResultQueries queries;
    private final Clock clock;
    private final String allUnits;

    public ReviewResultController(ReviewResultQueries queries, Clock clock,
                                  @Value("${ledger.reports.unit-name:Toàn địa bàn}") String allUnits) {
        this.queries = queries;
        this.clock = clock;
        this.allUnits = allUnits;
    }

    @Operation(operationId = "reviewResults", summary = "Report the results of the reviews decided for a year's lists",
            responses = @ApiResponse(responseCode = "200", description = "By unit, with the total, urban and rural",
                    content = {@Content(mediaType = "application/json", schema = @Schema(implementation = ReviewResults.class)),
                            @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")),
                            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))}))
    @GetMapping("/api/reports/review-results")
    public ResponseEntity<?> reviewResults(@RequestParam int year, @RequestParam(required = false) String commune,
                                           @RequestParam(required = false) String format,
                                           @RequestParam(required = false) String units) {
        String chosen = format == null ? "json" : format.toLowerCase(Locale.ROOT);
        if (!List.of("json", "xlsx", "pdf").contains(chosen)) {
            throw new InvalidInput("format", "định dạng phải là json, xlsx hoặc pdf");
        }
        LocalDate unitsOn = unitsOn(year, units);
        List<ReviewResultQueries.Unit> covered = queries.units(year, commune, unitsOn);
        ReviewResults results = queries.results(year, unitName(commune), covered, unitsOn, BusinessCalendar.today(clock));
        String file = "ket-qua-ra-soat-" + year + ".";
        return switch (chosen) {
            case "xlsx" -> Download.of(ReviewResultSheets.results(results), Download.XLSX, file + "xlsx");
            case "pdf" -> Download.of(ReviewResultPdf.pdf(results), Download.PDF, file + "pdf");
            default -> ResponseEntity.ok(results);
        };
    }

    @Operation(operationId = "reviewResultsDeprivations", summary = "Phụ lục 4d: deprivations among the poor by unit (xlsx)",
            responses = @ApiResponse(responseCode = "200", description = "The appendix",
                    content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))))
    @GetMapping("/api/reports/review-results/deprivations")
    public ResponseEntity<byte[]> deprivations(@RequestParam int year, @RequestParam(required = false) String commune,
                                               @RequestParam(required = false) String units) {
        return appendix(year, commune, units, queries::deprivations, ReviewResultSheets::deprivations, "phu-luc-4d-");
    }

    @Operation(operationId = "reviewResultsCauses", summary = "Phụ lục 5a: causes of poverty among the poor by unit (xlsx)",
            responses = @ApiResponse(responseCode = "200", description = "The appendix",
                    content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))))
    @GetMapping("/api/reports/review-results/causes")
    public ResponseEntity<byte[]> causes(@RequestParam int year, @RequestParam(required = false) String commune,
                                         @RequestParam(required = false) String units) {
        return appendix(year, commune, units, queries::causes, ReviewResultSheets::causes, "phu-luc-5a-");
    }

    /** How an appendix is counted: of a year, for a unit's name, over units in force on a day, made on a day. */
    @FunctionalInterface
    private interface Counted {
        Appendix of(int year, String unitName, List<ReviewResultQueries.Unit> units, LocalDate unitsOn, LocalDate today);
    }

    private ResponseEntity<byte[]> appendix(int year, String commune, String units, Counted counted,
                                            Function<Appendix, byte[]> sheet, String fileName) {
        LocalDate unitsOn = unitsOn(year, units);
        List<ReviewResultQueries.Unit> covered = queries.units(year, commune, unitsOn);
        Appendix appendix = counted.of(year, unitName(commune), covered, unitsOn, BusinessCalendar.today(clock));
        return Download.of(sheet.apply(appendix), Download.XLSX, fileName + year + ".xlsx");
    }

    /**
     * The day whose units a report of the lists of {@code year} is read under: the end of that year (today
     * while it runs) for {@code then}, today for {@code current}; once the year is one the ledger can hold.
     */
    private LocalDate unitsOn(int year, String units) {
        if (year < 1990 || year > 2100) {
            throw new InvalidInput("year", "năm phải từ 1990 đến 2100");
        }
        LocalDate today = BusinessCalendar.today(clock);
        LocalDate end = LocalDate.of(year, 12, 31);
        return UnitsRead.of(units, end.isAfter(today) ? today : end, today).day();
    }

    /** The commune's name for a report of one; else the name of all the units. */
    private String unitName(String commune) {
        return commune == null ? allUnits : queries.nameOf(commune);
    }
}
