package vn.householdledger.api.household;

/** Why a household's case was closed. */
public enum ClosureReason {
    MERGED,
    MOVED_AWAY,
    DISSOLVED,
    OTHER
}
