package vn.householdledger.api.household;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** The body of {@code POST /api/households/{id}/closure}. */
public record ClosureRequest(@NotNull ClosureReason reason, @NotNull @PastOrPresent LocalDate date) {
}
