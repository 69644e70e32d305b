package vn.householdledger.api.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.householdledger.api.Vnd;
import vn.householdledger.api.household.PovertyCause;

/** The body of {@code POST /api/reviews/{reviewId}/households/{householdId}/survey}: what the survey found, as an assessment. */
public record SurveyRequest(@NotNull @PastOrPresent LocalDate surveyedOn,
                            @NotNull @Min(0) @Max(Vnd.MAX) Long incomePerCapitaMonthly,
                            @NotNull @Size(max = 20) List<@NotNull @Size(max = 64) String> deprivations,
                            @NotNull @Size(max = 20) List<@NotNull PovertyCause> causes,
                            @NotNull Boolean hasWorkingMember) {
}
