package vn.householdledger.api.unit;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit in force on a day ({@code GET /api/units?on=}): its name, kind and area that day, its
 * province, the district it belonged to before 1 July 2025 (if any), its official code (mã đơn vị
 * hành chính), and the units that had merged into it (or split from into it) by that day.
 */
public record UnitItem(String code, String name, String kind, String area, String provinceCode, String provinceName,
                       String district, String officialCode, LocalDate establishedOn, List<String> cameFrom) {
}
