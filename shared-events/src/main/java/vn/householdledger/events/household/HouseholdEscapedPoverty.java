package vn.householdledger.events.household;

import java.time.LocalDate;
import java.util.UUID;
import vn.householdledger.api.household.Classification;

/** A poor household was found near-poor or not poor (thoát nghèo) by the review of {@code year}. */
public record HouseholdEscapedPoverty(UUID householdId, int year, LocalDate decidedOn, Classification to)
        implements HouseholdEvent {
}
