package vn.householdledger.api.unit;

import java.time.LocalDate;
import java.util.List;

/** The units in force on a day. */
public record UnitList(LocalDate on, List<UnitItem> items) {
}
