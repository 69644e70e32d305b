package vn.householdledger.events.household;

import java.time.LocalDate;
import java.util.UUID;
import vn.householdledger.api.household.ClosureReason;

/** The case was closed on {@code closedOn}: it takes no more records but keeps its history. */
public record HouseholdClosed(UUID householdId, ClosureReason reason, LocalDate closedOn) implements HouseholdEvent {
}
