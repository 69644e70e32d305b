package vn.householdledger.events.commune;

import java.time.LocalDate;
import java.util.UUID;

/** From {@code effectiveOn} the unit {@code code} is called {@code name} (đổi tên), by the act {@code reference}. */
public record UnitRenamed(String code, UUID changeId, String name, LocalDate effectiveOn, String reference) {
}
