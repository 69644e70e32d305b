package vn.householdledger.events.household;

import java.time.LocalDate;
import java.util.UUID;
import vn.householdledger.api.household.Classification;

/** A household that had escaped poverty before was found poor again (tái nghèo) by the review of {@code year}. */
public record HouseholdFellBackIntoPoverty(UUID householdId, int year, LocalDate decidedOn, Classification from,
                                           LocalDate escapedOn) implements HouseholdEvent {
}
