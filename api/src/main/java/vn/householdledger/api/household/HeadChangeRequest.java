package vn.householdledger.api.household;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The body of {@code POST /api/households/{id}/head}: from {@code date} the present member {@code memberId}
 * heads the household (chủ hộ); the former head stays as a member of relation {@code OTHER}.
 */
public record HeadChangeRequest(@NotNull UUID memberId, @NotNull @PastOrPresent LocalDate date) {
}
