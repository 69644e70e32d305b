package vn.householdledger.api.statistics;

import java.util.List;
import vn.householdledger.api.household.Classification;

/** {@code GET /api/statistics/deprivations}: what the review of a year found among the households it classified so. */
public record Deprivations(int year, Classification status, String commune, long base, List<IndicatorCount> indicators) {
}
