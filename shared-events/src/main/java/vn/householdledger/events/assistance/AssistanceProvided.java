package vn.householdledger.events.assistance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.householdledger.api.assistance.AssistanceKind;
import vn.householdledger.events.household.HouseholdEvent;

/**
 * The household received help other than a loan or a card on {@code providedOn}; {@code amount} is its
 * value in VND when it has one (null otherwise). {@code addresses} names the deprivation indicators and
 * causes of poverty it aims at.
 */
public record AssistanceProvided(UUID householdId, UUID assistanceId, AssistanceKind kind, String description,
                                 Long amount, LocalDate providedOn, String fundingSource, List<String> addresses)
        implements HouseholdEvent {
}
