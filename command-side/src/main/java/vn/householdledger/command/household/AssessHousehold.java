package vn.householdledger.command.household;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.householdledger.api.household.AssessmentRequest;
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

    /** The assessment a request asks for, as the outcome of a review held outside the ledger: a worker's form or an import's household. */
    public static AssessHousehold of(UUID householdId, AssessmentRequest request) {
        return new AssessHousehold(householdId, request.year(), request.assessedOn(), request.standard(),
                request.incomePerCapitaMonthly(), request.deprivations(), request.causes(), request.hasWorkingMember(),
                UUID.randomUUID(), request.kind(), null, request.decisionNumber());
    }
}
