package vn.householdledger.api.household;

/**
 * The status a household is listed under: poor, near-poor, newly escaped (hộ mới thoát nghèo: for a
 * while after leaving the lists, when it may still borrow as such) or not poor. Which one applies on a
 * day is the events' rule ({@code Listing}); this is its code.
 */
public enum ListedStatus {
    POOR,
    NEAR_POOR,
    NEWLY_ESCAPED,
    NOT_POOR;

    /** The class the last assessment decided for a household listed under this status. */
    public Classification classification() {
        return switch (this) {
            case POOR -> Classification.POOR;
            case NEAR_POOR -> Classification.NEAR_POOR;
            case NEWLY_ESCAPED, NOT_POOR -> Classification.NOT_POOR;
        };
    }

    /** Whether a household of this status is on the lists the committee follows. */
    public boolean listed() {
        return this != NOT_POOR;
    }
}
