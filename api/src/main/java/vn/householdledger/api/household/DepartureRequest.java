package vn.householdledger.api.household;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.UUID;

/** The body of {@code POST /api/households/{id}/members/{memberId}/departure}; a departing head names the new one. */
public record DepartureRequest(@NotNull DepartureReason reason, @NotNull @PastOrPresent LocalDate date,
                               UUID newHeadMemberId) {
}
