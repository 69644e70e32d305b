package vn.householdledger.command.commune;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.householdledger.command.dispatch.AddressedCommand;

public record RegisterProvince(String code, String name, String officialCode, LocalDate registeredOn) implements AddressedCommand {

    @Override
    @TargetAggregateIdentifier
    public String aggregateId() {
        return Province.idOf(code);
    }
}
