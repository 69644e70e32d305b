package vn.householdledger.api.security;

/** What an account may do (API.md, "Who may do what"). */
public enum Role {
    /** Cán bộ LĐ-TB-XH of a commune: writes and reads the households of her communes. */
    WORKER,
    /** Reads everything, history and audit included; writes nothing. */
    AUDITOR,
    /** The steering committee (ban chỉ đạo): reads lists, statistics, escapes and targets. */
    COMMITTEE,
    /**
     * The chair or vice-chair of a commune's people's committee (chủ tịch UBND xã): records the decision of
     * the reviews of her communes and reads those reviews; nothing else.
     */
    CHAIR,
    /** Manages communes, yearly counts and targets; starts projection rebuilds. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
