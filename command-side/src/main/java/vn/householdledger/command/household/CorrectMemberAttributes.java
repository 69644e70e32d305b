package vn.householdledger.command.household;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.householdledger.api.household.YesNoUnknown;

/** Correct what is recorded of a present member's ethnic group, disability and meritorious service. */
public record CorrectMemberAttributes(@TargetAggregateIdentifier UUID householdId, UUID memberId, String ethnicity,
                                      YesNoUnknown disability, YesNoUnknown meritoriousService, LocalDate correctedOn)
        implements HouseholdCommand {
}
