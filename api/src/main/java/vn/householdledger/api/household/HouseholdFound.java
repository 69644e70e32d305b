package vn.householdledger.api.household;

import java.time.LocalDate;
import java.util.UUID;

/** One found household; {@code status} is null until it is first assessed. */
public record HouseholdFound(UUID householdId, String code, String communeCode, String village, String headName,
                    ListedStatus status, LocalDate statusSince, String policyGroup, boolean closed) {
}
