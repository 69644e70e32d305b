package vn.householdledger.web.ledger;

import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import vn.householdledger.api.review.ComplaintAnswer;
import vn.householdledger.api.review.ComplaintRequest;
import vn.householdledger.api.review.DecisionAnswer;
import vn.householdledger.api.review.DecisionRequest;
import vn.householdledger.api.review.ListHouseholdRequest;
import vn.householdledger.api.review.ListingAnswer;
import vn.householdledger.api.review.MeetingAnswer;
import vn.householdledger.api.review.MeetingRequest;
import vn.householdledger.api.review.OpenReviewRequest;
import vn.householdledger.api.review.PostingAnswer;
import vn.householdledger.api.review.PostingRequest;
import vn.householdledger.api.review.ResolutionRequest;
import vn.householdledger.api.review.ReviewOpenedAnswer;
import vn.householdledger.api.review.SurveyAnswer;
import vn.householdledger.api.review.SurveyRequest;

/** The command side's review: its steps, recorded by a worker of the commune, and the chair's decision. */
@HttpExchange("/api/reviews")
public interface ReviewWrites {

    @PostExchange
    ResponseEntity<ReviewOpenedAnswer> open(@RequestBody OpenReviewRequest request);

    @PostExchange("/{reviewId}/households")
    ResponseEntity<ListingAnswer> list(@PathVariable UUID reviewId, @RequestBody ListHouseholdRequest request);

    @PostExchange("/{reviewId}/households/{householdId}/survey")
    ResponseEntity<SurveyAnswer> survey(@PathVariable UUID reviewId, @PathVariable UUID householdId,
                                        @RequestBody SurveyRequest request);

    @PostExchange("/{reviewId}/meetings")
    ResponseEntity<MeetingAnswer> meet(@PathVariable UUID reviewId, @RequestBody MeetingRequest request);

    @PostExchange("/{reviewId}/posting")
    ResponseEntity<PostingAnswer> post(@PathVariable UUID reviewId, @RequestBody PostingRequest request);

    @PostExchange("/{reviewId}/complaints")
    ResponseEntity<ComplaintAnswer> complain(@PathVariable UUID reviewId, @RequestBody ComplaintRequest request);

    @PostExchange("/{reviewId}/complaints/{complaintId}/resolution")
    ResponseEntity<ComplaintAnswer> resolve(@PathVariable UUID reviewId, @PathVariable UUID complaintId,
                                            @RequestBody ResolutionRequest request);

    @PostExchange("/{reviewId}/decision")
    ResponseEntity<DecisionAnswer> decide(@PathVariable UUID reviewId, @RequestBody DecisionRequest request);
}
