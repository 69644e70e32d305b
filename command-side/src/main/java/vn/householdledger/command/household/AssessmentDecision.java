package vn.householdledger.command.household;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.command.standard.PovertyDecision;
import vn.householdledger.command.standard.PovertyStandard;
import vn.householdledger.command.standard.PovertyStandards;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.platform.problem.RuleViolation;

/**
 * What an assessment's findings decide: the standard that governs the review, the indicators found
 * (each one of that standard's), at most two causes, and the class the standard computes. The
 * household records it and the preview answers it: both decide by this one code.
 */
record AssessmentDecision(PovertyStandard standard, Set<String> deprivations, List<PovertyCause> causes,
                          PovertyDecision decision) {

    static AssessmentDecision of(int year, String standardCode, long incomePerCapitaMonthly, List<String> found,
                                 List<PovertyCause> named, Area area) {
        PovertyStandard standard = standardOf(year, standardCode);
        Set<String> deprivations = new LinkedHashSet<>(found);
        List<String> foreign = deprivations.stream().filter(d -> !standard.hasIndicator(d)).toList();
        if (!foreign.isEmpty()) {
            throw new InvalidInput("deprivations", foreign + " are not indicators of " + standard.code());
        }
        List<PovertyCause> causes = named.stream().distinct().toList();
        if (causes.size() > 2) {
            throw new RuleViolation(RuleCode.TOO_MANY_CAUSES, "An assessment names at most two causes of poverty, not " + causes.size());
        }
        if (incomePerCapitaMonthly < 0) {
            throw new InvalidInput("incomePerCapitaMonthly", "must not be negative");
        }
        return new AssessmentDecision(standard, deprivations, causes,
                standard.classify(incomePerCapitaMonthly, deprivations, area));
    }

    private static PovertyStandard standardOf(int year, String asked) {
        PovertyStandard ofYear = PovertyStandards.forReviewYear(year)
                .orElseThrow(() -> new InvalidInput("year", "no poverty standard governs the review of " + year));
        if (asked != null && !asked.equals(ofYear.code())) {
            throw new InvalidInput("standard", PovertyStandards.byCode(asked).isEmpty()
                    ? "is not a known standard: " + asked
                    : "the review of " + year + " applies " + ofYear.code() + ", not " + asked);
        }
        return ofYear;
    }
}
