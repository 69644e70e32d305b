package vn.householdledger.api.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** The body of {@code POST /api/reviews/{reviewId}/posting}: the day the agreed results were posted. */
public record PostingRequest(@NotNull @PastOrPresent LocalDate postedOn) {
}
