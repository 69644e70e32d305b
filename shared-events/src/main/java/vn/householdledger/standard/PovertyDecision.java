package vn.householdledger.standard;

import java.util.Objects;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.PovertyBasis;

/**
 * The outcome of classifying one assessment: the class, why a household is poor (only when it is),
 * and a one-line explanation a commune committee member can check against the standard.
 */
public record PovertyDecision(Classification classification, PovertyBasis basis, String explanation) {

    public PovertyDecision {
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(explanation, "explanation");
        if ((classification == Classification.POOR) != (basis != null)) {
            throw new IllegalArgumentException("a basis is given exactly when the household is POOR");
        }
    }

    static PovertyDecision poor(PovertyBasis basis, String explanation) {
        return new PovertyDecision(Classification.POOR, Objects.requireNonNull(basis, "basis"), explanation);
    }

    static PovertyDecision nearPoor(String explanation) {
        return new PovertyDecision(Classification.NEAR_POOR, null, explanation);
    }

    static PovertyDecision notPoor(String explanation) {
        return new PovertyDecision(Classification.NOT_POOR, null, explanation);
    }
}
