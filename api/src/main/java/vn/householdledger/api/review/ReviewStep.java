package vn.householdledger.api.review;

/** Where a review stands: open (listing, surveys, meetings), posted for complaints, or decided by the chair. */
public enum ReviewStep {
    OPEN,
    POSTED,
    DECIDED
}
