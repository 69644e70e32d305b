package vn.householdledger.api.review;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The body of {@code POST /api/reviews/{reviewId}/households}: a household to review, and why. */
public record ListHouseholdRequest(@NotNull UUID householdId, @NotNull ListingReason reason) {
}
