package vn.householdledger.command.household;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record TransferHousehold(@TargetAggregateIdentifier UUID householdId, String toCommuneCode, LocalDate date)
        implements HouseholdCommand {
}
