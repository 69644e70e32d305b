package vn.householdledger.events.commune;

import java.time.LocalDate;
import java.util.UUID;

/**
 * From {@code effectiveOn} the unit {@code code} is part of {@code into} (sáp nhập), by the act
 * {@code reference}; its households belong to {@code into} from that day.
 */
public record UnitMerged(String code, UUID changeId, String into, LocalDate effectiveOn, String reference) {
}
