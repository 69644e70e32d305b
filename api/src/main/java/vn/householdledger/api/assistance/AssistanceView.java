package vn.householdledger.api.assistance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Help other than a loan or a card, as the household view shows it. */
public record AssistanceView(UUID assistanceId, String kind, String description, Long amount, LocalDate providedOn,
                             String fundingSource, List<String> addresses, String recordedBy, Instant recordedAt,
                             boolean voided, String voidReason) {
}
