package vn.householdledger.api.household;

/** The class an assessment computes: hộ nghèo, hộ cận nghèo or neither. */
public enum Classification {
    POOR,
    NEAR_POOR,
    NOT_POOR
}
