package vn.householdledger.api.household;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.householdledger.api.Vnd;
import vn.householdledger.api.review.ReviewKind;

/**
 * The body of {@code POST /api/assessments/preview}: an assessment's findings and the commune whose
 * area (rural or urban) sets the lines; nothing is recorded. {@code kind} is the review's (periodic when
 * absent), which with {@code year} names the lists the review sets, and so its standard.
 */
public record AssessmentPreviewRequest(
        @NotBlank @Size(max = 64) String communeCode,
        @NotNull @Min(1990) @Max(2100) Integer year,
        LocalDate assessedOn,
        @Size(max = 32) String standard,
        @NotNull @Min(0) @Max(Vnd.MAX) Long incomePerCapitaMonthly,
        @NotNull @Size(max = 20) List<@NotNull @Size(max = 64) String> deprivations,
        @NotNull @Size(max = 20) List<@NotNull PovertyCause> causes,
        Boolean hasWorkingMember,
        ReviewKind kind) {
}
