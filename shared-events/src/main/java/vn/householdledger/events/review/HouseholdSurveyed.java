package vn.householdledger.events.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.PovertyBasis;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.standard.Explanation;

/**
 * The survey found the household's income per person, deprivations, causes and whether anyone can work;
 * the review's standard proposes {@code proposedClassification} (not yet recognised). A new survey
 * replaces the proposal and takes back its agreement. Revision 1 keeps the proposal's {@code explanation}
 * as facts ({@link Explanation}) where revision null kept an English sentence; an upcaster derives them.
 */
@Revision("1")
public record HouseholdSurveyed(UUID reviewId, UUID householdId, LocalDate surveyedOn, long incomePerCapitaMonthly,
                                List<String> deprivations, List<PovertyCause> causes, boolean hasWorkingMember,
                                String standard, Area area, Classification proposedClassification, PovertyBasis basis,
                                Explanation explanation) implements ReviewEvent {
}
