package vn.householdledger.events.household;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.PolicyGroup;
import vn.householdledger.api.household.PovertyBasis;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.standard.Explanation;

/**
 * The review of {@code year} (or an ad hoc review) assessed the household on {@code assessedOn} under
 * {@code standard}, in a commune of {@code area}, and classified it. The aggregate also decided since
 * when the household has been of this class ({@code classificationSince}: the first assessment of the
 * current run) and, for a household that left the lists, on which day it left them
 * ({@code leftListsOn}; null otherwise): the listed status follows from these by business date.
 * Revision 2 no longer carries {@code simulated}: whether the demo made the assessment up is the
 * event's provenance metadata, and an upcaster moves the mark of revision null there. Revision 3 names
 * the assessment ({@code assessmentId}, by which a mistaken one is voided), the {@code kind} of review
 * it belongs to, and, for the outcome of a review decided in the ledger or on paper, that review
 * ({@code reviewId}) and the chair's {@code decisionNumber}; an upcaster gives older ones an id of their
 * own and the periodic kind. Revision 4 keeps the classification's {@code explanation} as facts (the lines
 * compared, the deprivations counted, the basis), rendered in the reader's language when read, where
 * revision 3 kept an English sentence; an upcaster derives the facts of older ones from their own findings
 * by their standard's rule. When an earlier assessment is voided, {@link AssessmentRestated} may put this
 * one in another place (the class it follows, since when, when it left the lists, its move).
 */
@Revision("4")
public record HouseholdAssessed(UUID householdId, int year, LocalDate assessedOn, String standard, String communeCode,
                                Area area, long incomePerCapitaMonthly, List<String> deprivations,
                                List<PovertyCause> causes, boolean hasWorkingMember, PolicyGroup policyGroup,
                                Classification classification, PovertyBasis basis, Explanation explanation,
                                Classification previousClassification, LocalDate classificationSince,
                                LocalDate leftListsOn, UUID assessmentId, ReviewKind kind, UUID reviewId,
                                String decisionNumber) implements HouseholdEvent {
}
