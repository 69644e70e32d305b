package vn.householdledger.api.review;

import java.util.UUID;

/** A household listed for a review: the village whose meeting agrees its result, and why it is reviewed. */
public record ListingAnswer(UUID reviewId, UUID householdId, String village, ListingReason reason) {
}
