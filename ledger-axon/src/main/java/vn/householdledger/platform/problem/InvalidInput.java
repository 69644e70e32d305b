package vn.householdledger.platform.problem;

import java.util.List;
import java.util.Locale;
import vn.householdledger.api.problem.FieldProblem;

/** Input that cannot be accepted as it is, field by field: answered 400, each field's why in the reader's language. */
public class InvalidInput extends RuntimeException {

    private final List<FieldRefusal> refusals;

    /** {@code field} refused for the message {@code key} of the API's bundles, with its arguments. */
    public InvalidInput(String field, String key, Object... args) {
        this(List.of(FieldRefusal.of(field, key, args)));
    }

    public InvalidInput(List<FieldRefusal> refusals) {
        super(refusals.isEmpty() ? "invalid input" : refusals.get(0).in(Locale.ENGLISH).field() + ": "
                + refusals.get(0).in(Locale.ENGLISH).message());
        this.refusals = List.copyOf(refusals);
    }

    /** The refused fields, in English. */
    public List<FieldProblem> errors() {
        return errors(Locale.ENGLISH);
    }

    public List<FieldProblem> errors(Locale locale) {
        return refusals.stream().map(refusal -> refusal.in(locale)).toList();
    }
}
