package vn.householdledger.command.commune;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.commune.CommuneKind;
import vn.householdledger.command.dispatch.AddressedCommand;

public record RegisterCommune(@TargetAggregateIdentifier String code, String name, CommuneKind kind, Area area,
                              LocalDate registeredOn) implements AddressedCommand {
    @Override
    public String aggregateId() {
        return code;
    }
}
