package vn.householdledger.events.household;

import java.time.LocalDate;
import java.util.UUID;

/** A near-poor household was found not poor (thoát cận nghèo) by the review of {@code year}. */
public record HouseholdEscapedNearPoverty(UUID householdId, int year, LocalDate decidedOn) implements HouseholdEvent {
}
