package vn.householdledger.command.household;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.household.AssessmentPreview;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.platform.i18n.ExplanationWords;
import vn.householdledger.platform.i18n.Phrase;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.platform.problem.RuleViolation;
import vn.householdledger.standard.PovertyDecision;
import vn.householdledger.standard.PovertyStandard;
import vn.householdledger.standard.PovertyStandards;

/**
 * What an assessment's findings decide: the kind of its review (periodic unless said), the standard of
 * the lists that review sets, the indicators found (each one of that standard's), at most two causes,
 * and the class the standard computes. The household records it, the preview answers it and a review's
 * survey proposes it: all decide by this one code.
 */
public record AssessmentDecision(ReviewKind kind, PovertyStandard standard, Set<String> deprivations,
                                 List<PovertyCause> causes, PovertyDecision decision) {

    static AssessmentDecision of(ReviewKind asked, int year, String standardCode, long incomePerCapitaMonthly,
                                 List<String> found, List<PovertyCause> named, Area area) {
        ReviewKind kind = asked == null ? ReviewKind.PERIODIC : asked;
        return under(kind, standardOf(kind, year, standardCode), incomePerCapitaMonthly, found, named, area);
    }

    /** What the findings decide under {@code standard}: a review's survey, under the standard of the lists it sets. */
    public static AssessmentDecision under(ReviewKind kind, PovertyStandard standard, long incomePerCapitaMonthly,
                                           List<String> found, List<PovertyCause> named, Area area) {
        Set<String> deprivations = new LinkedHashSet<>(found);
        List<String> foreign = deprivations.stream().filter(d -> !standard.hasIndicator(d)).toList();
        if (!foreign.isEmpty()) {
            throw new InvalidInput("deprivations", "assessment.deprivations.foreign", foreign, standard.code());
        }
        List<PovertyCause> causes = named.stream().distinct().toList();
        if (causes.size() > 2) {
            throw new RuleViolation(RuleCode.TOO_MANY_CAUSES, causes.size());
        }
        if (incomePerCapitaMonthly < 0) {
            throw new InvalidInput("incomePerCapitaMonthly", "number.negative");
        }
        return new AssessmentDecision(kind, standard, deprivations, causes,
                standard.classify(incomePerCapitaMonthly, deprivations, area));
    }

    /** The decision as the API answers a preview of it. */
    AssessmentPreview preview() {
        return new AssessmentPreview(decision.classification(), standard.code(), decision.basis(),
                ExplanationWords.of(decision.explanation()));
    }

    private static PovertyStandard standardOf(ReviewKind kind, int year, String asked) {
        Phrase kindOf = Phrase.of("review.kind." + kind.name());
        PovertyStandard ofLists = PovertyStandards.forReview(kind, year)
                .orElseThrow(() -> new InvalidInput("year", "assessment.standard.none", kindOf, year, kind.listsYear(year)));
        if (asked != null && PovertyStandards.byCode(asked).isEmpty()) {
            throw new InvalidInput("standard", "assessment.standard.unknown", asked);
        }
        if (asked != null && !asked.equals(ofLists.code())) {
            throw new InvalidInput("standard", "assessment.standard.other", kindOf, year, kind.listsYear(year), ofLists.code(), asked);
        }
        return ofLists;
    }
}
