package vn.householdledger.standard;

import static vn.householdledger.api.household.PovertyBasis.BY_INCOME;
import static vn.householdledger.api.household.PovertyBasis.BY_INCOME_AND_DEPRIVATIONS;
import static vn.householdledger.api.household.PovertyBasis.BY_LACK_OF_BASIC_SERVICES;
import static vn.householdledger.standard.Explanation.Line.INCOME_LINE;
import static vn.householdledger.standard.Explanation.Line.NEAR_POOR_LINE;
import static vn.householdledger.standard.Explanation.Line.POVERTY_LINE;

import java.util.List;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.PovertyBasis;
import vn.householdledger.standard.Explanation.Comparison;

/**
 * How a standard combines income and deprivations into a class. The rule is pure: all numbers
 * (lines, threshold, code) come from the {@link PovertyStandard} it belongs to. Only two rules have
 * existed, so the hierarchy is sealed; a new standard reuses one of them with new data. Each decision
 * carries the comparisons that made it ({@link Explanation}).
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
            Comparison poverty = new Comparison(POVERTY_LINE, standard.incomeLines().forArea(area),
                    income > standard.incomeLines().forArea(area));
            Comparison nearPoor = new Comparison(NEAR_POOR_LINE, standard.nearPoorLines().forArea(area),
                    income > standard.nearPoorLines().forArea(area));
            if (!poverty.above()) {
                return decision(standard, area, income, Classification.POOR, BY_INCOME, List.of(poverty), null);
            }
            if (nearPoor.above()) {
                return decision(standard, area, income, Classification.NOT_POOR, null, List.of(nearPoor), null);
            }
            return deprivations >= standard.deprivationThreshold()
                    ? decision(standard, area, income, Classification.POOR, BY_LACK_OF_BASIC_SERVICES, List.of(nearPoor), deprivations)
                    : decision(standard, area, income, Classification.NEAR_POOR, null, List.of(poverty, nearPoor), deprivations);
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
            Comparison line = new Comparison(INCOME_LINE, incomeLine, income > incomeLine);
            if (line.above()) {
                return decision(standard, area, income, Classification.NOT_POOR, null, List.of(line), null);
            }
            return deprivations >= standard.deprivationThreshold()
                    ? decision(standard, area, income, Classification.POOR, BY_INCOME_AND_DEPRIVATIONS, List.of(line), deprivations)
                    : decision(standard, area, income, Classification.NEAR_POOR, null, List.of(line), deprivations);
        }
    }

    /** The class and basis decided for {@code income} under {@code standard} in {@code area}, with the comparisons that made it. */
    private static PovertyDecision decision(PovertyStandard standard, Area area, long income, Classification classification,
                                            PovertyBasis basis, List<Comparison> lines, Integer deprivations) {
        Integer threshold = deprivations == null ? null : standard.deprivationThreshold();
        return new PovertyDecision(classification, basis, new Explanation(standard.code(), area, income, lines, deprivations,
                threshold, classification, basis));
    }
}
