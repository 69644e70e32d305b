package vn.householdledger.api.statistics;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An item of {@code GET /api/escape-pledges}: a household that pledged to escape poverty in {@code year},
 * in the commune it belonged to on the day it pledged, and what the review of that year made of it.
 */
public record EscapePledgeItem(UUID householdId, String code, String communeCode, String headName, int year,
                               LocalDate pledgedOn, PledgeOutcome outcome) {
}
