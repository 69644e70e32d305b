package vn.householdledger.api.household;

import java.util.UUID;

/** The answer to a member's joining or departure. */
public record MemberAnswer(UUID householdId, UUID memberId) {
}
