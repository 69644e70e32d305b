package vn.householdledger.api.assistance;

import java.util.UUID;

/** The answer to recorded assistance. */
public record AssistanceAnswer(UUID householdId, UUID assistanceId) {
}
