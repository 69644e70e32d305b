package vn.householdledger.api.commune;

import java.time.LocalDate;
import java.util.List;

/** A commune or ward with its yearly figures, in {@code GET /api/communes}. */
public record CommuneItem(String code, String name, String kind, String area, LocalDate registeredOn,
                          List<YearPlan> years) {
}
