package vn.householdledger.api.target;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** One target of the plan and its value in percent. */
public record TargetValue(@NotNull TargetCode code, @NotNull BigDecimal value) {
}
