package vn.householdledger.events.household;

import java.time.LocalDate;
import java.util.UUID;
import vn.householdledger.api.household.Relation;

/**
 * From {@code changedOn} the household is headed (chủ hộ) by the member {@code memberId}, named
 * {@code fullName}. {@code formerHeadRelation} is what the former head is from then on when they stay
 * in the household; null when they left it (a head's departure names the new head), as in every
 * event recorded before a head could change otherwise.
 */
public record HeadChanged(UUID householdId, UUID memberId, String fullName, LocalDate changedOn,
                          Relation formerHeadRelation) implements HouseholdEvent {
}
