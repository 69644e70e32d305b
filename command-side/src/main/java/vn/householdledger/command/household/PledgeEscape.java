package vn.householdledger.command.household;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record PledgeEscape(@TargetAggregateIdentifier UUID householdId, int year, LocalDate pledgedOn)
        implements HouseholdCommand {
}
