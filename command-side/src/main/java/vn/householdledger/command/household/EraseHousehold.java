package vn.householdledger.command.household;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Erases a closed case's personal data, for a reason an admin gives. */
public record EraseHousehold(@TargetAggregateIdentifier UUID householdId, String reason, LocalDate erasedOn)
        implements HouseholdCommand {
}
