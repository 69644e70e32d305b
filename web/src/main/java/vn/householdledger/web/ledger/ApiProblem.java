package vn.householdledger.web.ledger;

import vn.householdledger.api.problem.Problem;

/**
 * A refusal the API answered (problem+json), as the pages handle it: a field to mend, a rule broken, a
 * household not found or not the person's to see.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final Problem problem;

    public ApiProblem(int status, Problem problem) {
        super(status + " " + (problem == null ? "" : problem.detail()));
        this.status = status;
        this.problem = problem;
    }

    public int status() {
        return status;
    }

    /** The problem as answered; null when the answer was not problem+json (a proxy's own page, say). */
    public Problem problem() {
        return problem;
    }
}
