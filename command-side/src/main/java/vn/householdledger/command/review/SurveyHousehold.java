package vn.householdledger.command.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.householdledger.api.household.PovertyCause;

/** Record what the survey of a listed household found; the review's standard proposes its class. */
public record SurveyHousehold(@TargetAggregateIdentifier UUID reviewId, UUID householdId, LocalDate surveyedOn,
                              long incomePerCapitaMonthly, List<String> deprivations, List<PovertyCause> causes,
                              boolean hasWorkingMember) implements ReviewCommand {
}
