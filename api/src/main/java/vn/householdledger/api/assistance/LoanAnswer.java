package vn.householdledger.api.assistance;

import java.util.UUID;

/** The answer to a disbursed loan. */
public record LoanAnswer(UUID householdId, UUID loanId) {
}
