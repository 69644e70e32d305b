package vn.householdledger.command.household;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.api.review.ReviewKind;

/**
 * Assess a household in the review of {@code year} of {@code kind} (periodic when null); {@code standard}
 * null means the one of the lists that review sets. {@code reviewId} names a review decided in the
 * ledger, {@code decisionNumber} the chair's decision behind it; {@code assessmentId} names the assessment.
 */
public record AssessHousehold(@TargetAggregateIdentifier UUID householdId, int year, LocalDate assessedOn, String standard,
                              long incomePerCapitaMonthly, List<String> deprivations, List<PovertyCause> causes,
                              boolean hasWorkingMember, UUID assessmentId, ReviewKind kind, UUID reviewId,
                              String decisionNumber) implements HouseholdCommand {
}
