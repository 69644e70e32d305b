package vn.householdledger.api.assistance;

import java.util.UUID;

/** The answer to a repayment: what the loan still owes after it. */
public record RepaymentAnswer(UUID householdId, UUID loanId, UUID repaymentId, long outstanding) {
}
