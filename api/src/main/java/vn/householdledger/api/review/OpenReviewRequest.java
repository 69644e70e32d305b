package vn.householdledger.api.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** The body of {@code POST /api/reviews}: a commune opens its review of a year. */
public record OpenReviewRequest(UUID reviewId, @NotBlank @Size(max = 64) String communeCode,
                                @NotNull @Min(1990) @Max(2100) Integer year, @NotNull ReviewKind kind,
                                @NotNull @PastOrPresent LocalDate openedOn) {
}
