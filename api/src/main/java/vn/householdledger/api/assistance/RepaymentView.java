package vn.householdledger.api.assistance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A repayment of a loan, and what the loan owed after it. */
public record RepaymentView(UUID repaymentId, long amount, LocalDate paidOn, long outstandingAfter,
                            String recordedBy, Instant recordedAt, boolean voided, String voidReason) {
}
