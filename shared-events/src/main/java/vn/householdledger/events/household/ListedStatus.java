package vn.householdledger.events.household;

import java.time.LocalDate;

/**
 * The status a household is listed under on a given day, as its last assessment decided: poor,
 * near-poor, newly escaped (hộ mới thoát nghèo: for 36 months after leaving the lists, when it may
 * still borrow as such) or not poor. Both sides read statuses this one way.
 */
public enum ListedStatus {
    POOR,
    NEAR_POOR,
    NEWLY_ESCAPED,
    NOT_POOR;

    /** How long a household that left the lists is followed as newly escaped. */
    public static final int NEWLY_ESCAPED_MONTHS = 36;

    /** A status and the day it began. */
    public record Listing(ListedStatus status, LocalDate since) {
    }

    /** The listing on {@code day} of a household whose last assessment on or before that day is {@code assessed}. */
    public static Listing of(HouseholdAssessed assessed, LocalDate day) {
        return of(assessed.classification(), assessed.classificationSince(), assessed.leftListsOn(), day);
    }

    public static Listing of(Classification classification, LocalDate classificationSince, LocalDate leftListsOn,
                             LocalDate day) {
        return switch (classification) {
            case POOR -> new Listing(POOR, classificationSince);
            case NEAR_POOR -> new Listing(NEAR_POOR, classificationSince);
            case NOT_POOR -> {
                if (leftListsOn == null) {
                    yield new Listing(NOT_POOR, classificationSince);
                }
                LocalDate followUpEnds = leftListsOn.plusMonths(NEWLY_ESCAPED_MONTHS);
                yield day.isBefore(followUpEnds) ? new Listing(NEWLY_ESCAPED, leftListsOn) : new Listing(NOT_POOR, followUpEnds);
            }
        };
    }

    /**
     * The first day the household is no longer on the lists, or null while it stays on them
     * indefinitely (poor, near-poor): on day d it is listed exactly when d is before this day.
     */
    public static LocalDate listedUntil(Classification classification, LocalDate classificationSince, LocalDate leftListsOn) {
        return switch (classification) {
            case POOR, NEAR_POOR -> null;
            case NOT_POOR -> leftListsOn == null ? classificationSince : leftListsOn.plusMonths(NEWLY_ESCAPED_MONTHS);
        };
    }

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
