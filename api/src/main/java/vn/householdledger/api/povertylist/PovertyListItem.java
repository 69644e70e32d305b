package vn.householdledger.api.povertylist;

import java.time.LocalDate;
import java.util.UUID;
import vn.householdledger.api.household.ListedStatus;

/** A poverty-list item: {@code {householdId, code, communeCode, headName, status, policyGroup, since}}. */
public record PovertyListItem(UUID householdId, String code, String communeCode, String headName, ListedStatus status,
                   String policyGroup, LocalDate since) {
}
