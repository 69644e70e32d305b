package vn.householdledger.command.commune;

import vn.householdledger.api.commune.Area;

/** A unit as it stands on a day: its area (and so its poverty line), its province (null: none recorded) and its life. */
public record UnitOnDay(String code, Area area, String provinceCode, UnitLife life) {
}
