package vn.householdledger.api.statistics;

/** One commune's (or the total's) movements in the year, in {@code GET /api/statistics/flows}. */
public record FlowRow(String communeCode, long poorAtStart, long escaped, long newlyPoor, long fellBack, long poorAtEnd,
                      long nearPoorAtStart, long nearPoorAtEnd, long escapedNearPoverty) {
}
