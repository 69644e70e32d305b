package vn.householdledger.api.admin;

public enum ProjectionState {
    /** Running and caught up with its replay, if any. */
    LIVE,
    /** Being rebuilt: stopping, clearing or replaying. */
    REBUILDING,
    /** Not running on this node. */
    STOPPED,
    /** Running but failing on an event, and retrying. */
    FAILED
}
