package vn.householdledger.platform.problem;

import vn.householdledger.api.problem.RuleCode;

/** A business rule refused a command: answered 409 with the rule's {@code code}. */
public class RuleViolation extends RuntimeException {

    private final RuleCode code;

    public RuleViolation(RuleCode code, String message) {
        super(message);
        this.code = code;
    }

    public RuleCode code() {
        return code;
    }
}
