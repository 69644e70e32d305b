package vn.householdledger.api.unit;

import java.util.UUID;

/** The answer to a recorded unit change. */
public record UnitChangeAnswer(UUID changeId) {
}
