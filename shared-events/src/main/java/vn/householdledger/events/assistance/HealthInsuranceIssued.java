package vn.householdledger.events.assistance;

import java.time.LocalDate;
import java.util.UUID;
import vn.householdledger.events.household.HouseholdEvent;

/**
 * A member received a health insurance card (thẻ BHYT) valid from {@code validFrom} to {@code validTo}
 * inclusive, the state paying {@code stateSubsidyPercent} of its premium. Its business date is {@code validFrom}.
 */
public record HealthInsuranceIssued(UUID householdId, UUID cardId, UUID memberId, String cardNumber, LocalDate validFrom,
                                    LocalDate validTo, int stateSubsidyPercent, String fundingSource)
        implements HouseholdEvent {
}
