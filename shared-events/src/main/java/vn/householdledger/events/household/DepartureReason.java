package vn.householdledger.events.household;

public enum DepartureReason {
    DIED,
    MOVED_OUT,
    MARRIED_OUT,
    OTHER
}
