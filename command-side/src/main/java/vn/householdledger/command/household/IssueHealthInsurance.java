package vn.householdledger.command.household;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record IssueHealthInsurance(@TargetAggregateIdentifier UUID householdId, UUID cardId, UUID memberId,
                                   String cardNumber, LocalDate validFrom, LocalDate validTo, int stateSubsidyPercent,
                                   String fundingSource) implements HouseholdCommand {
}
