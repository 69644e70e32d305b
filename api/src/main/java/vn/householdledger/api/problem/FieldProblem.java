package vn.householdledger.api.problem;

/** One refused field of a request and why, in a {@code 400} problem's {@code errors}. */
public record FieldProblem(String field, String message) {
}
