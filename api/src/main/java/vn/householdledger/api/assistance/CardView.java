package vn.householdledger.api.assistance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** {@code valid}: today (Vietnam's date) lies within the card's period and the card is not voided. */
public record CardView(UUID cardId, UUID memberId, String cardNumber, LocalDate validFrom, LocalDate validTo,
                       int stateSubsidyPercent, String fundingSource, boolean valid, String recordedBy,
                       Instant recordedAt, boolean voided, String voidReason) {
}
