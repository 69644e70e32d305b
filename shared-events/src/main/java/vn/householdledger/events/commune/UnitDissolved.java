package vn.householdledger.events.commune;

import java.time.LocalDate;
import java.util.UUID;

/** From {@code effectiveOn} the unit {@code code} no longer exists (giải thể), by the act {@code reference}. */
public record UnitDissolved(String code, UUID changeId, LocalDate effectiveOn, String reference) {
}
