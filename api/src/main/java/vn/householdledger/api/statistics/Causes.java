package vn.householdledger.api.statistics;

import java.util.List;
import vn.householdledger.api.household.PolicyGroup;

/** {@code GET /api/statistics/causes}: the causes the review of a year found among its poor households. */
public record Causes(int year, PolicyGroup policyGroup, String commune, long households, long mentions,
                     List<CauseCount> causes) {
}
