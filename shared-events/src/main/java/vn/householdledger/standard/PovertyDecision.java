package vn.householdledger.standard;

import java.util.Objects;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.PovertyBasis;

/**
 * The outcome of classifying one assessment: the class, why a household is poor (only when it is),
 * and the facts that explain it, which a commune committee member can check against the standard.
 */
public record PovertyDecision(Classification classification, PovertyBasis basis, Explanation explanation) {

    public PovertyDecision {
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(explanation, "explanation");
        if ((classification == Classification.POOR) != (basis != null)) {
            throw new IllegalArgumentException("a basis is given exactly when the household is POOR");
        }
        if (explanation.classification() != classification || explanation.basis() != basis) {
            throw new IllegalArgumentException("the explanation explains another class");
        }
    }

}
