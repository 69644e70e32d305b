package vn.householdledger.events.household;

public enum Sex {
    MALE,
    FEMALE
}
