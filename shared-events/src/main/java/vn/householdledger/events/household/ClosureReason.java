package vn.householdledger.events.household;

public enum ClosureReason {
    MERGED,
    MOVED_AWAY,
    DISSOLVED,
    OTHER
}
