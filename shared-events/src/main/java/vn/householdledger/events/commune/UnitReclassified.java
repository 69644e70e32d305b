package vn.householdledger.events.commune;

import java.time.LocalDate;
import java.util.UUID;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.commune.CommuneKind;

/**
 * From {@code effectiveOn} the unit {@code code} is of kind {@code kind}, in area {@code area} (and so
 * under that area's poverty line) and in province {@code provinceCode}, by the act {@code reference};
 * each is the unit's value from that day, changed or not.
 */
public record UnitReclassified(String code, UUID changeId, CommuneKind kind, Area area, String provinceCode,
                               LocalDate effectiveOn, String reference) {
}
