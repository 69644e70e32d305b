package vn.householdledger.events.household;

import java.time.LocalDate;
import java.util.UUID;
import vn.householdledger.api.household.Classification;

/** A household never poor before was found poor (hộ nghèo phát sinh) by the review of {@code year}. */
public record HouseholdBecamePoor(UUID householdId, int year, LocalDate decidedOn, Classification from)
        implements HouseholdEvent {
}
