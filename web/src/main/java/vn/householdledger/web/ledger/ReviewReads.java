package vn.householdledger.web.ledger;

import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import vn.householdledger.api.Page;
import vn.householdledger.api.review.ReviewItem;
import vn.householdledger.api.review.ReviewView;

/** The query side's reviews: where each stands, one review with its households, and its posting list to print. */
@HttpExchange("/api/reviews")
public interface ReviewReads {

    @GetExchange
    Page<ReviewItem> reviews(@RequestParam(required = false) String commune, @RequestParam(required = false) Integer year,
                             @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size);

    @GetExchange("/{reviewId}")
    ReviewView review(@PathVariable UUID reviewId);

    /** The list to post, as the query side prints it ({@code pdf} or {@code xlsx}), with its type and file name. */
    @GetExchange("/{reviewId}/posting-list")
    ResponseEntity<byte[]> postingList(@PathVariable UUID reviewId, @RequestParam String format);
}
