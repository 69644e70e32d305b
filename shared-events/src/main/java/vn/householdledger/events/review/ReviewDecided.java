package vn.householdledger.events.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.PovertyCause;

/**
 * The chair of the commune's people's committee decided the review (quyết định công nhận) on
 * {@code decidedOn} under {@code decisionNumber}: each household's latest agreed survey is recognised,
 * effective that day, and reaches the household's own history.
 */
public record ReviewDecided(UUID reviewId, String communeCode, int year, LocalDate decidedOn, String decisionNumber,
                            List<DecidedHousehold> households) implements ReviewEvent {

    /** A household the decision recognises, with the survey it recognises. */
    public record DecidedHousehold(UUID householdId, LocalDate surveyedOn, long incomePerCapitaMonthly,
                                   List<String> deprivations, List<PovertyCause> causes, boolean hasWorkingMember,
                                   Classification classification) {
    }
}
