package vn.householdledger.api.assistance;

import java.util.UUID;

/** The answer to an issued health insurance card. */
public record CardAnswer(UUID householdId, UUID cardId, UUID memberId) {
}
