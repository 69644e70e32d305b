package vn.householdledger.platform.problem;

import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.platform.i18n.Phrase;

/**
 * A business rule refused a command: answered 409 with the rule's {@code code} and, in the reader's
 * language, the message {@code rule.<CODE>} of the API's bundles (or another that says it more exactly).
 */
public class RuleViolation extends Refusal {

    private final RuleCode code;
    private final String field;

    /** Refused by {@code code}, said by its message {@code rule.<CODE>} with {@code args}. */
    public RuleViolation(RuleCode code, Object... args) {
        this(code, Phrase.of("rule." + code.name(), args), null);
    }

    /** Refused by {@code code}, said by {@code why}; {@code field} names the field refused where the code names none (or null). */
    public RuleViolation(RuleCode code, Phrase why, String field) {
        super(why);
        this.code = code;
        this.field = field;
    }

    public RuleCode code() {
        return code;
    }

    /** The field the refusal names beside its code's, or null. */
    public String field() {
        return field;
    }
}
