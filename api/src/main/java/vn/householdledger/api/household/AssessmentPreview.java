package vn.householdledger.api.household;

/** What an assessment with these findings would decide, computed as the household's own assessment computes it. */
public record AssessmentPreview(Classification classification, String standard, PovertyBasis basis, String explanation) {
}
