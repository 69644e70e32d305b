package vn.householdledger.api.admin;

/** What is wrong with an event of a household's hash chain. */
public enum ChainProblem {
    /** Its stored bytes (payload, metadata, timestamp, type, sequence) are not those that were hashed. */
    ALTERED,
    /** The chain lacks it: a sequence number skipped, or the chain ends before its last anchored event. */
    MISSING,
    /** It was stored after the event that now follows it (its global position is out of order). */
    REORDERED
}
