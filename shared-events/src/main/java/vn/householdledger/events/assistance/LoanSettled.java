package vn.householdledger.events.assistance;

import java.time.LocalDate;
import java.util.UUID;
import vn.householdledger.events.household.HouseholdEvent;

/** Nothing of a loan is outstanding any more; {@code settledOn} is the latest date a counted repayment was paid. */
public record LoanSettled(UUID householdId, UUID loanId, LocalDate settledOn) implements HouseholdEvent {
}
