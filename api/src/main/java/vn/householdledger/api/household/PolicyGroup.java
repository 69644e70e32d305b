package vn.householdledger.api.household;

/** Which policy a poor household falls under, decided by whether anyone in it can work. */
public enum PolicyGroup {
    /** Hộ nghèo thuộc diện bảo trợ xã hội: no member can work; it cannot escape by work. */
    SOCIAL_PROTECTION,
    /** Hộ nghèo thuộc chính sách giảm nghèo: it has labour. */
    POVERTY_REDUCTION;

    public static PolicyGroup of(boolean hasWorkingMember) {
        return hasWorkingMember ? POVERTY_REDUCTION : SOCIAL_PROTECTION;
    }
}
