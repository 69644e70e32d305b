package vn.householdledger.command.commune;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.commune.CommuneKind;
import vn.householdledger.command.dispatch.AddressedCommand;

/** Registers a unit; {@code establishedOn} null: it has existed before any date the ledger holds. */
public record RegisterCommune(@TargetAggregateIdentifier String code, String name, CommuneKind kind, Area area,
                              LocalDate registeredOn, LocalDate establishedOn, String provinceCode, String officialCode,
                              String district) implements AddressedCommand {

    /** A unit that has always existed, of no recorded province. */
    public RegisterCommune(String code, String name, CommuneKind kind, Area area, LocalDate registeredOn) {
        this(code, name, kind, area, registeredOn, null, null, null, null);
    }

    @Override
    public String aggregateId() {
        return code;
    }
}
