package vn.householdledger.command.household;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a repayment; the handler answers what the loan still owes after it. */
public record RepayLoan(@TargetAggregateIdentifier UUID householdId, UUID loanId, UUID repaymentId, long amount,
                        LocalDate paidOn) implements HouseholdCommand {
}
