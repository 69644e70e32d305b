package vn.householdledger.api.admin;

/** An event of {@code householdId}'s chain at {@code sequence} that is not as it was recorded. */
public record BrokenEvent(String householdId, long sequence, ChainProblem problem) {
}
