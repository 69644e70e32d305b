package vn.householdledger.command.household;

import java.util.UUID;
import vn.householdledger.command.dispatch.AddressedCommand;

/** A command to one household's case. */
public interface HouseholdCommand extends AddressedCommand {

    UUID householdId();

    @Override
    default String aggregateId() {
        return householdId().toString();
    }
}
