package vn.householdledger.events.review;

import java.time.LocalDate;
import java.util.UUID;
import vn.householdledger.api.review.ListingReason;

/** A household of the commune, living in {@code village}, is to be reviewed, for {@code reason}. */
public record HouseholdListedForReview(UUID reviewId, UUID householdId, String village, ListingReason reason,
                                       LocalDate listedOn) implements ReviewEvent {
}
