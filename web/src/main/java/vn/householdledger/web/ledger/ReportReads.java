package vn.householdledger.web.ledger;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import vn.householdledger.api.report.ReviewResults;

/**
 * The query side's reports upward: the review results as JSON to show, and as the files to send (xlsx, PDF,
 * appendices), under the {@code units} chosen ({@code then} or {@code current}).
 */
@HttpExchange("/api/reports/review-results")
public interface ReportReads {

    @GetExchange
    ReviewResults reviewResults(@RequestParam int year, @RequestParam(required = false) String commune, @RequestParam String units);

    /** The report as a file: {@code format} xlsx or pdf. */
    @GetExchange
    ResponseEntity<byte[]> reviewResultsFile(@RequestParam int year, @RequestParam(required = false) String commune,
                                             @RequestParam String units, @RequestParam String format);

    /** Phụ lục 4d (xlsx). */
    @GetExchange("/deprivations")
    ResponseEntity<byte[]> deprivations(@RequestParam int year, @RequestParam(required = false) String commune,
                                        @RequestParam String units);

    /** Phụ lục 5a (xlsx). */
    @GetExchange("/causes")
    ResponseEntity<byte[]> causes(@RequestParam int year, @RequestParam(required = false) String commune,
                                  @RequestParam String units);
}
