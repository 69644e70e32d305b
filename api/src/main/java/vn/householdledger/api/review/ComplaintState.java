package vn.householdledger.api.review;

/** A complaint about a household's result: still open, upheld (the result is taken back) or rejected. */
public enum ComplaintState {
    OPEN,
    UPHELD,
    REJECTED
}
