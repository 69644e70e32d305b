package vn.householdledger.api.household;

import java.util.UUID;

/** The answer to a closure. */
public record ClosureAnswer(UUID householdId, boolean closed) {
}
