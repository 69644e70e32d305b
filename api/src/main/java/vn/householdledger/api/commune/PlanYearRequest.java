package vn.householdledger.api.commune;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The body of {@code PUT /api/communes/{code}/years/{year}}. */
public record PlanYearRequest(
        @NotNull @Min(0) @Max(10_000_000) Integer households,
        @NotNull @Min(0) @Max(10_000_000) Integer poorTargetEndOfYear) {
}
