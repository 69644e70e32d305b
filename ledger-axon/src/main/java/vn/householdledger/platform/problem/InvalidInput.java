package vn.householdledger.platform.problem;

import java.util.List;
import vn.householdledger.api.problem.FieldProblem;

/** Input that cannot be accepted as it is, field by field: answered 400. */
public class InvalidInput extends RuntimeException {

    private final List<FieldProblem> errors;

    public InvalidInput(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public InvalidInput(List<FieldProblem> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
