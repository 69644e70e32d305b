package vn.householdledger.events.assistance;

import java.time.LocalDate;
import java.util.UUID;
import vn.householdledger.events.household.HouseholdEvent;

/** {@code amount} VND of a loan was repaid on {@code paidOn}, leaving {@code outstandingAfter} (never below 0). */
public record LoanRepaid(UUID householdId, UUID loanId, UUID repaymentId, long amount, LocalDate paidOn,
                         long outstandingAfter) implements HouseholdEvent {
}
