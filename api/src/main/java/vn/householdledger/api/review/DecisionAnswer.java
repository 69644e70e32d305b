package vn.householdledger.api.review;

/** How many households the decision recognised. */
public record DecisionAnswer(int decided) {
}
