package vn.householdledger.events.commune;

import java.time.LocalDate;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.commune.CommuneKind;

/** A commune or ward entered the reference data, from {@code registeredOn}. */
public record CommuneRegistered(String code, String name, CommuneKind kind, Area area, LocalDate registeredOn) {
}
