package vn.householdledger.command.household;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.householdledger.api.household.PovertyCause;

/** Assess a household in the review of {@code year}; {@code standard} null means the one of that year. */
public record AssessHousehold(@TargetAggregateIdentifier UUID householdId, int year, LocalDate assessedOn, String standard,
                              long incomePerCapitaMonthly, List<String> deprivations, List<PovertyCause> causes,
                              boolean hasWorkingMember) implements HouseholdCommand {
}
