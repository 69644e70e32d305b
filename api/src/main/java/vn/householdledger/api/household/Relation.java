package vn.householdledger.api.household;

/** A member's relation to the head of household (chủ hộ). */
public enum Relation {
    HEAD,
    SPOUSE,
    CHILD,
    PARENT,
    OTHER
}
