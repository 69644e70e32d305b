package vn.householdledger.api.household;

import java.util.UUID;

/** The answer to a transfer: the commune the household belongs to now. */
public record TransferAnswer(UUID householdId, String communeCode) {
}
