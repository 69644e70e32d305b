package vn.householdledger.command.household;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.householdledger.events.household.Member;

public record AddMember(@TargetAggregateIdentifier UUID householdId, Member member, LocalDate joinedOn)
        implements HouseholdCommand {
}
