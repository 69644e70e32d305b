package vn.householdledger.events.household;

import java.time.LocalDate;
import java.util.UUID;

/** From {@code changedOn} the household is headed (chủ hộ) by the member {@code memberId}, named {@code fullName}. */
public record HeadChanged(UUID householdId, UUID memberId, String fullName, LocalDate changedOn) implements HouseholdEvent {
}
