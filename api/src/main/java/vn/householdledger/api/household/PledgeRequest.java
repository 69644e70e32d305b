package vn.householdledger.api.household;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The body of {@code POST /api/households/{id}/escape-pledges}: the year the household pledges to escape poverty. */
public record PledgeRequest(@NotNull @Min(1990) @Max(2100) Integer year) {
}
