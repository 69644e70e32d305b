package vn.householdledger.command.household;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.householdledger.events.household.Member;

public record RegisterHousehold(@TargetAggregateIdentifier UUID householdId, String code, String communeCode,
                                String village, String address, List<Member> members, LocalDate registeredOn)
        implements HouseholdCommand {
}
