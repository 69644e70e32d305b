package vn.householdledger.api.household;

/** A member's sex, as registered. */
public enum Sex {
    MALE,
    FEMALE
}
