package vn.householdledger.query.review;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.api.Page;
import vn.householdledger.api.review.ReviewItem;
import vn.householdledger.api.review.ReviewView;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.platform.problem.NotFound;
import vn.householdledger.platform.security.Caller;
import vn.householdledger.query.read.CommuneScope;
import vn.householdledger.query.read.PageRequest;
import vn.householdledger.api.audit.ReadKind;
import vn.householdledger.query.audit.AuditedRead;

/**
 * The reviews where they stand: a worker's and a chair's of their communes, every commune's for the
 * committee and auditors (the committee's figures: each review's step, counts and overdue flag).
 */
@RestController
public class ReviewQueryController {

    private final ReviewQueries queries;
    private final Clock clock;

    public ReviewQueryController(ReviewQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Operation(summary = "List the reviews with their step, counts and overdue flag")
    @GetMapping("/api/reviews")
    public Page<ReviewItem> reviews(@RequestParam(required = false) String commune,
                                    @RequestParam(required = false) Integer year,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        if (year != null && (year < BusinessCalendar.FIRST_YEAR || year > BusinessCalendar.LAST_YEAR)) {
            throw new InvalidInput("year", "input.year.range", BusinessCalendar.FIRST_YEAR, BusinessCalendar.LAST_YEAR);
        }
        PageRequest paging = PageRequest.of(page, size);
        return queries.reviews(CommuneScope.of(commune == null || commune.isBlank() ? null : commune), year, paging);
    }

    @Operation(summary = "Read a review with each of its households")
    @GetMapping("/api/reviews/{reviewId}")
    @AuditedRead(ReadKind.REVIEW)
    public ReviewView review(@PathVariable UUID reviewId) {
        ReviewItem review = readable(queries, reviewId);
        return ReviewView.of(review, queries.households(reviewId, BusinessCalendar.today(clock)).stream()
                .map(ReviewQueries.Listed::household).toList());
    }

    /** The review, if there is one and the caller may read its commune. */
    static ReviewItem readable(ReviewQueries queries, UUID reviewId) {
        ReviewItem review = queries.review(reviewId).orElseThrow(() -> new NotFound("notFound.review", reviewId));
        Caller.current().requireRead(review.communeCode());
        return review;
    }
}
