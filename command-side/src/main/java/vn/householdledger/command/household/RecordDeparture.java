package vn.householdledger.command.household;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.householdledger.api.household.DepartureReason;

public record RecordDeparture(@TargetAggregateIdentifier UUID householdId, UUID memberId, DepartureReason reason,
                              LocalDate date, UUID newHeadMemberId) implements HouseholdCommand {
}
