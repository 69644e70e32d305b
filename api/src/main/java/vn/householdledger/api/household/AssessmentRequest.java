package vn.householdledger.api.household;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.householdledger.api.Vnd;
import vn.householdledger.api.review.ReviewKind;

/**
 * The body of {@code POST /api/households/{id}/assessments}: what a review held outside the ledger found
 * (history brought in from paper); the class is computed, never sent. {@code kind} is the review's
 * (periodic when absent), {@code decisionNumber} the chair's decision that recognised it, if known.
 */
public record AssessmentRequest(
        @NotNull @Min(1990) @Max(2100) Integer year,
        @NotNull LocalDate assessedOn,
        @Size(max = 32) String standard,
        @NotNull @Min(0) @Max(Vnd.MAX) Long incomePerCapitaMonthly,
        @NotNull @Size(max = 20) List<@NotNull @Size(max = 64) String> deprivations,
        @NotNull @Size(max = 20) List<@NotNull PovertyCause> causes,
        @NotNull Boolean hasWorkingMember,
        ReviewKind kind,
        @Size(max = 64) String decisionNumber) {
}
