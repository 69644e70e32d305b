package vn.householdledger.events.household;

/**
 * A move between classes an assessment makes: into poverty the first time ({@link HouseholdBecamePoor}),
 * back into it after an escape ({@link HouseholdFellBackIntoPoverty}), out of it
 * ({@link HouseholdEscapedPoverty}), or out of near-poverty ({@link HouseholdEscapedNearPoverty}). Each
 * is recorded as that event when the assessment is made, and named here when a voiding restates it.
 */
public enum ClassMove {
    BECAME_POOR,
    FELL_BACK,
    ESCAPED_POVERTY,
    ESCAPED_NEAR_POVERTY
}
