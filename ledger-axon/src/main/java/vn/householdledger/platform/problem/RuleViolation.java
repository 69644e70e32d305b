package vn.householdledger.platform.problem;

/** A business rule refused a command: answered 409 with the rule's {@code code}. */
public class RuleViolation extends RuntimeException {

    private final String code;

    public RuleViolation(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
