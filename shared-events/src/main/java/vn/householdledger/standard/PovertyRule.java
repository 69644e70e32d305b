package vn.householdledger.standard;

import static vn.householdledger.api.household.PovertyBasis.BY_INCOME;
import static vn.householdledger.api.household.PovertyBasis.BY_INCOME_AND_DEPRIVATIONS;
import static vn.householdledger.api.household.PovertyBasis.BY_LACK_OF_BASIC_SERVICES;

import java.util.Locale;
import vn.householdledger.api.commune.Area;

/**
 * How a standard combines income and deprivations into a class. The rule is pure: all numbers
 * (lines, threshold, code) come from the {@link PovertyStandard} it belongs to. Only two rules have
 * existed, so the hierarchy is sealed; a new standard reuses one of them with new data.
 */
public sealed interface PovertyRule {

    /** Classifies an assessment whose deprivation codes the standard has already validated. */
    PovertyDecision decide(PovertyStandard standard, long income, int deprivations, Area area);

    /**
     * 2016–2020 (Decision 59/2015/QĐ-TTg): income at or below the poverty line makes a household poor
     * on its own; between the poverty and near-poor lines, enough deprivations make it poor by lack of
     * basic services, fewer make it near-poor.
     */
    record IncomeOrBasicServices() implements PovertyRule {
        @Override
        public PovertyDecision decide(PovertyStandard standard, long income, int deprivations, Area area) {
            long povertyLine = standard.incomeLines().forArea(area);
            long nearPoorLine = standard.nearPoorLines().forArea(area);
            int threshold = standard.deprivationThreshold();
            String prefix = standard.code() + ": income " + vnd(income);

            if (income <= povertyLine) {
                return PovertyDecision.poor(BY_INCOME, prefix + " ≤ " + vnd(povertyLine) + " " + name(area)
                        + " poverty line → POOR (by income)");
            }
            if (income > nearPoorLine) {
                return PovertyDecision.notPoor(prefix + " > " + vnd(nearPoorLine) + " " + name(area)
                        + " near-poor line → NOT_POOR");
            }
            if (deprivations >= threshold) {
                return PovertyDecision.poor(BY_LACK_OF_BASIC_SERVICES, prefix + " ≤ " + vnd(nearPoorLine) + " "
                        + name(area) + " near-poor line and " + count(deprivations) + " (≥ " + threshold
                        + ") → POOR (by lack of basic services)");
            }
            return PovertyDecision.nearPoor(prefix + " > " + vnd(povertyLine) + " " + name(area)
                    + " poverty line, ≤ " + vnd(nearPoorLine) + " near-poor line, " + count(deprivations)
                    + " (< " + threshold + ") → NEAR_POOR");
        }
    }

    /**
     * From 2021 (Decree 07/2021/NĐ-CP, then Decree 351/2025/NĐ-CP): one income line; at or below it,
     * enough deprivations make a household poor and fewer make it near-poor. Income alone no longer
     * makes a household poor.
     */
    record Multidimensional() implements PovertyRule {
        @Override
        public PovertyDecision decide(PovertyStandard standard, long income, int deprivations, Area area) {
            long incomeLine = standard.incomeLines().forArea(area);
            int threshold = standard.deprivationThreshold();
            String prefix = standard.code() + ": income " + vnd(income);

            if (income > incomeLine) {
                return PovertyDecision.notPoor(prefix + " > " + vnd(incomeLine) + " " + name(area)
                        + " income line → NOT_POOR");
            }
            if (deprivations >= threshold) {
                return PovertyDecision.poor(BY_INCOME_AND_DEPRIVATIONS, prefix + " ≤ " + vnd(incomeLine) + " "
                        + name(area) + " income line and " + count(deprivations) + " (≥ " + threshold
                        + ") → POOR (by income and deprivations)");
            }
            return PovertyDecision.nearPoor(prefix + " ≤ " + vnd(incomeLine) + " " + name(area)
                    + " income line, " + count(deprivations) + " (< " + threshold + ") → NEAR_POOR");
        }
    }

    private static String vnd(long amount) {
        return String.format(Locale.ROOT, "%,d", amount);
    }

    private static String name(Area area) {
        return area.name().toLowerCase(Locale.ROOT);
    }

    private static String count(int deprivations) {
        return deprivations + (deprivations == 1 ? " deprivation" : " deprivations");
    }
}
