package vn.householdledger.command.household;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.householdledger.api.household.PovertyCause;

/**
 * Assess a household in the review of {@code year}; {@code standard} null means the one of that year.
 * {@code simulated} is set only by the demo, for a review it makes up; the API never sets it.
 */
public record AssessHousehold(@TargetAggregateIdentifier UUID householdId, int year, LocalDate assessedOn, String standard,
                              long incomePerCapitaMonthly, List<String> deprivations, List<PovertyCause> causes,
                              boolean hasWorkingMember, boolean simulated) implements HouseholdCommand {

    /** An assessment of a review actually held. */
    public AssessHousehold(UUID householdId, int year, LocalDate assessedOn, String standard, long incomePerCapitaMonthly,
                           List<String> deprivations, List<PovertyCause> causes, boolean hasWorkingMember) {
        this(householdId, year, assessedOn, standard, incomePerCapitaMonthly, deprivations, causes, hasWorkingMember, false);
    }
}
