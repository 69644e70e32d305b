package vn.householdledger.api.review;

import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.PovertyBasis;

/** The class a survey proposes (not yet recognised), by the review's standard, and why. */
public record SurveyAnswer(Classification proposedClassification, String standard, PovertyBasis basis, String explanation) {
}
