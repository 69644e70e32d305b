package vn.householdledger.api.household;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The answer to a voided assessment: the household's class and listed status from then on, as if the
 * assessment had not been made (all null when no assessment of the household stands).
 */
public record AssessmentVoidingAnswer(UUID householdId, UUID assessmentId, boolean voided, Classification classification,
                                      ListedStatus status, LocalDate statusSince) {
}
