package vn.householdledger.command.commune;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.householdledger.command.dispatch.AddressedCommand;
import vn.householdledger.events.commune.Area;
import vn.householdledger.events.commune.CommuneKind;

public record RegisterCommune(@TargetAggregateIdentifier String code, String name, CommuneKind kind, Area area,
                              LocalDate registeredOn) implements AddressedCommand {
    @Override
    public String aggregateId() {
        return code;
    }
}
