package vn.householdledger.api.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The body of {@code POST /api/reviews/{reviewId}/complaints/{complaintId}/resolution}. */
public record ResolutionRequest(@NotNull @PastOrPresent LocalDate resolvedOn, @NotNull Boolean upheld,
                                @NotBlank @Size(max = 2000) String note) {
}
