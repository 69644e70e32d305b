package vn.householdledger.command.target;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.householdledger.command.dispatch.AddressedCommand;
import vn.householdledger.events.target.DistrictTargetsSet.Target;

/** Sets the district's targets of {@code year}: afterwards they are exactly {@code targets}. */
public record SetDistrictTargets(int year, List<Target> targets, LocalDate setOn) implements AddressedCommand {

    @Override
    @TargetAggregateIdentifier
    public String aggregateId() {
        return DistrictPlan.idOf(year);
    }
}
