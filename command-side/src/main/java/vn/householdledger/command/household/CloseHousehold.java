package vn.householdledger.command.household;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.householdledger.api.household.ClosureReason;

public record CloseHousehold(@TargetAggregateIdentifier UUID householdId, ClosureReason reason, LocalDate date)
        implements HouseholdCommand {
}
