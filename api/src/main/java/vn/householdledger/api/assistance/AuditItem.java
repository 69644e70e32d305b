package vn.householdledger.api.assistance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One record. {@code date}: disbursement, payment, start of validity or provision. {@code category}:
 * the loan programme or the kind of assistance; {@code detail}: the loan's purpose, the card number or
 * the assistance's description; {@code loanId}: the loan a repayment pays; {@code memberId}: a card's holder;
 * {@code householdCode} and {@code headName}: the household's code and its head today, so a record can be traced.
 */
public record AuditItem(UUID recordId, RecordKind kind, UUID householdId, String communeCode, Long amount,
                        LocalDate date, String recordedBy, Instant recordedAt, boolean voided, String voidReason,
                        LocalDate voidedOn, String voidedBy, Instant voidedAt, String category, String detail,
                        UUID loanId, UUID memberId, String householdCode, String headName) {
}
