package vn.householdledger.events.assistance;

import java.time.LocalDate;
import java.util.UUID;
import vn.householdledger.events.household.HouseholdEvent;

/**
 * A settled loan owes again because repayment {@code voidedRepaymentId} was voided on {@code reopenedOn};
 * {@code outstanding} is what it owes now.
 */
public record LoanReopened(UUID householdId, UUID loanId, UUID voidedRepaymentId, long outstanding,
                           LocalDate reopenedOn) implements HouseholdEvent {
}
