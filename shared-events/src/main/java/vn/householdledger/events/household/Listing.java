package vn.householdledger.events.household;

import java.time.LocalDate;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.ListedStatus;

/**
 * The status a household is listed under on a given day, as its last assessment decided, and the day
 * that status began: a household that left the lists is followed as newly escaped for 36 months. Both
 * sides read statuses this one way.
 */
public record Listing(ListedStatus status, LocalDate since) {

    /** How long a household that left the lists is followed as newly escaped. */
    public static final int NEWLY_ESCAPED_MONTHS = 36;

    /** The listing on {@code day} of a household whose last assessment on or before that day is {@code assessed}. */
    public static Listing of(HouseholdAssessed assessed, LocalDate day) {
        return of(assessed.classification(), assessed.classificationSince(), assessed.leftListsOn(), day);
    }

    public static Listing of(Classification classification, LocalDate classificationSince, LocalDate leftListsOn,
                             LocalDate day) {
        return switch (classification) {
            case POOR -> new Listing(ListedStatus.POOR, classificationSince);
            case NEAR_POOR -> new Listing(ListedStatus.NEAR_POOR, classificationSince);
            case NOT_POOR -> {
                if (leftListsOn == null) {
                    yield new Listing(ListedStatus.NOT_POOR, classificationSince);
                }
                LocalDate followUpEnds = leftListsOn.plusMonths(NEWLY_ESCAPED_MONTHS);
                yield day.isBefore(followUpEnds) ? new Listing(ListedStatus.NEWLY_ESCAPED, leftListsOn)
                        : new Listing(ListedStatus.NOT_POOR, followUpEnds);
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
}
