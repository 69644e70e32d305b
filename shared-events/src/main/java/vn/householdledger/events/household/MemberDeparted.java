package vn.householdledger.events.household;

import java.time.LocalDate;
import java.util.UUID;
import vn.householdledger.api.household.DepartureReason;

/**
 * A member left the household on {@code departedOn}. When the head leaves, {@code newHeadMemberId}
 * names the member who heads the household from then on; otherwise it is null.
 */
public record MemberDeparted(UUID householdId, UUID memberId, DepartureReason reason, LocalDate departedOn,
                             UUID newHeadMemberId) implements HouseholdEvent {
}
