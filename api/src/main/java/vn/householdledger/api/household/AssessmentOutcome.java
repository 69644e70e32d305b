package vn.householdledger.api.household;

import java.time.LocalDate;
import java.util.UUID;

/** What an assessment decided, as the API answers it; {@code assessmentId} is what a voiding names. */
public record AssessmentOutcome(UUID householdId, int year, Classification classification, PovertyBasis basis,
                                String standard, String explanation, ListedStatus status, LocalDate statusSince,
                                PolicyGroup policyGroup, UUID assessmentId) {
}
