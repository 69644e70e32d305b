package vn.householdledger.command.household;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.householdledger.api.assistance.RecordKind;

/**
 * Voids one record of the household's ledger. {@code loanId} names the loan a {@code REPAYMENT} belongs
 * to (it is null for the other kinds). The handler answers what the loan owes after a repayment is
 * voided, and null otherwise.
 */
public record VoidRecord(@TargetAggregateIdentifier UUID householdId, RecordKind kind, UUID recordId, UUID loanId,
                         String reason) implements HouseholdCommand {
}
