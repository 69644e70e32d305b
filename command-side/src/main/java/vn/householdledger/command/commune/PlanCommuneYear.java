package vn.householdledger.command.commune;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.householdledger.command.dispatch.AddressedCommand;

public record PlanCommuneYear(@TargetAggregateIdentifier String code, int year, int households, int poorTargetEndOfYear,
                              LocalDate plannedOn) implements AddressedCommand {
    @Override
    public String aggregateId() {
        return code;
    }
}
