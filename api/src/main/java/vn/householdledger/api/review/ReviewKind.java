package vn.householdledger.api.review;

/**
 * Which review an assessment or a review belongs to: the periodic review of the year (định kỳ, from
 * 1 September to 14 December), which sets the lists of the next year, or an ad hoc review (thường
 * xuyên: a household that applies or falls on hard times during the year), which sets the lists of its
 * own year.
 */
public enum ReviewKind {
    PERIODIC,
    AD_HOC;

    /** The year of the lists a review of this kind held in {@code year} sets. */
    public int listsYear(int year) {
        return this == PERIODIC ? year + 1 : year;
    }
}
