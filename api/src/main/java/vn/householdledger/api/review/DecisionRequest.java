package vn.householdledger.api.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The body of {@code POST /api/reviews/{reviewId}/decision}: the chair's decision (quyết định công nhận). */
public record DecisionRequest(@NotNull @PastOrPresent LocalDate decidedOn, @NotBlank @Size(max = 64) String decisionNumber) {
}
