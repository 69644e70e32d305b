package vn.householdledger.command.household;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Voids one of the household's assessments, recorded by mistake, with the reason why. */
public record VoidAssessment(@TargetAggregateIdentifier UUID householdId, UUID assessmentId, String reason)
        implements HouseholdCommand {
}
