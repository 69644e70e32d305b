package vn.householdledger.command.household;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** From {@code date} a present member heads the household; the former head stays. */
public record ChangeHead(@TargetAggregateIdentifier UUID householdId, UUID memberId, LocalDate date) implements HouseholdCommand {
}
