package vn.householdledger.api.statistics;

import java.math.BigDecimal;

/** How many households lacked one indicator, in {@code GET /api/statistics/deprivations}. */
public record IndicatorCount(String code, long households, BigDecimal percent) {
}
