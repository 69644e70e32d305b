package vn.householdledger.query.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.util.Locale;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.api.review.ReviewItem;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.query.print.Download;
import vn.householdledger.api.audit.ReadKind;
import vn.householdledger.query.audit.AuditedRead;

/** A review's posting list (niêm yết công khai) to print: PDF (the default), xlsx or CSV. */
@RestController
public class PostingListController {

    private final ReviewQueries queries;
    private final Clock clock;

    public PostingListController(ReviewQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Operation(summary = "Print a review's list to post at the commune hall and the village houses",
            responses = @ApiResponse(responseCode = "200", description = "The list as PDF, xlsx or CSV, by village",
                    content = {
                            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
                            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                    schema = @Schema(type = "string", format = "binary")),
                            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))}))
    @GetMapping("/api/reviews/{reviewId}/posting-list")
    @AuditedRead(ReadKind.POSTING_LIST)
    public ResponseEntity<byte[]> postingList(@PathVariable UUID reviewId, @RequestParam(required = false) String format) {
        String chosen = format == null ? "pdf" : format.toLowerCase(Locale.ROOT);
        if (!chosen.equals("pdf") && !chosen.equals("xlsx") && !chosen.equals("csv")) {
            throw new InvalidInput("format", "input.format", List.of("pdf", "xlsx", "csv"));
        }
        ReviewItem review = ReviewQueryController.readable(queries, reviewId);
        PostingList list = PostingList.of(queries.communeName(review.communeCode()), review,
                queries.households(reviewId, BusinessCalendar.today(clock)));
        return switch (chosen) {
            case "xlsx" -> Download.of(PostingListSheets.xlsx(list), Download.XLSX, list.fileName("xlsx"));
            case "csv" -> Download.of(PostingListSheets.csv(list), Download.CSV, list.fileName("csv"));
            default -> Download.of(PostingListPdf.pdf(list), Download.PDF, list.fileName("pdf"));
        };
    }
}
