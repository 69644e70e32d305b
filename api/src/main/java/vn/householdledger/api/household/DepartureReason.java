package vn.householdledger.api.household;

/** Why a member left the household. */
public enum DepartureReason {
    DIED,
    MOVED_OUT,
    MARRIED_OUT,
    OTHER
}
