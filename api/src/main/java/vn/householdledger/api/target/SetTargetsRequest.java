package vn.householdledger.api.target;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of {@code PUT /api/targets/{year}}: the district-wide targets of the plan, in percent. */
public record SetTargetsRequest(@NotNull @Size(max = 100) List<@NotNull @Valid TargetValue> targets) {
}
