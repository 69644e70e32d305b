package vn.householdledger.api.statistics;

import java.math.BigDecimal;
import vn.householdledger.api.household.PovertyCause;

/** How often a cause of poverty was named, in {@code GET /api/statistics/causes}. */
public record CauseCount(PovertyCause code, long mentions, BigDecimal percent) {
}
