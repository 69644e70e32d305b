package vn.householdledger.events.household;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A mistaken assessment (a typo, or a review outcome taken back) was voided on {@code voidedOn}: the
 * household's status, flows, escapes and statistics read as if it had not been made; the history keeps both.
 */
public record AssessmentVoided(UUID householdId, UUID assessmentId, String reason, LocalDate voidedOn)
        implements HouseholdEvent {
}
