package vn.householdledger.events.household;

import java.time.LocalDate;
import java.util.UUID;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.PolicyGroup;

/**
 * On {@code restatedOn}, a voiding put an assessment that stands in its place again, as if the voided one
 * had never been made: the class it now follows ({@code previousClassification}, null for the household's
 * first), since when the household has been of its class, the day it left the lists (null unless it
 * did), and the move between classes it now makes (null for none), which replaces the move recorded
 * with it. Its own findings ({@code year}, {@code assessedOn}, {@code classification},
 * {@code policyGroup}) are unchanged. A voiding restates each later assessment whose place changed and,
 * last, the one the household's status now rests on.
 */
public record AssessmentRestated(UUID householdId, UUID assessmentId, LocalDate restatedOn, int year, LocalDate assessedOn,
                                 Classification classification, PolicyGroup policyGroup,
                                 Classification previousClassification, LocalDate classificationSince,
                                 LocalDate leftListsOn, ClassMove move) implements HouseholdEvent {
}
