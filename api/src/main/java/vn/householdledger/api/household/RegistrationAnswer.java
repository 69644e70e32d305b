package vn.householdledger.api.household;

import java.util.List;
import java.util.UUID;

/** The answer to a registration: the household's id, its code and its members' ids in the order sent. */
public record RegistrationAnswer(UUID householdId, String code, List<UUID> memberIds) {
}
