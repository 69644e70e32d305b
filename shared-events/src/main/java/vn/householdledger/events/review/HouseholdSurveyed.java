package vn.householdledger.events.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.PovertyBasis;
import vn.householdledger.api.household.PovertyCause;

/**
 * The survey found the household's income per person, deprivations, causes and whether anyone can work;
 * the review's standard proposes {@code proposedClassification} (not yet recognised). A new survey
 * replaces the proposal and takes back its agreement.
 */
public record HouseholdSurveyed(UUID reviewId, UUID householdId, LocalDate surveyedOn, long incomePerCapitaMonthly,
                                List<String> deprivations, List<PovertyCause> causes, boolean hasWorkingMember,
                                String standard, Area area, Classification proposedClassification, PovertyBasis basis,
                                String explanation) implements ReviewEvent {
}
