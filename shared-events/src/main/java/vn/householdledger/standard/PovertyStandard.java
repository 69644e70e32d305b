package vn.householdledger.standard;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.review.ReviewKind;

/**
 * One national multidimensional poverty standard (chuẩn nghèo đa chiều) held as data: the years of the
 * lists it governs, its income lines, its deprivation indicators and the rule combining them. A review
 * applies the standard of the lists it sets ({@link ReviewKind#listsYear}).
 * Keeping the numbers here and the logic in {@link PovertyRule} means a new standard is a new
 * value, not new code.
 *
 * @param code                 stable identifier recorded with each assessment, e.g. {@code VN_2016_2020}
 * @param legalReference       the legal instrument that sets the standard
 * @param firstListsYear       the first year (inclusive) whose poor and near-poor lists this standard governs
 * @param lastListsYear        the last year (inclusive) whose lists it governs
 * @param incomeLines          the poverty line (2016–2020) or the single income line (from 2021)
 * @param nearPoorLines        the near-poor lines; present only with {@link PovertyRule.IncomeOrBasicServices}, else null
 * @param indicators           the deprivation indicator codes the standard accepts, in legal order
 * @param deprivationThreshold how many deprivations make a household poor under the rule
 * @param rule                 how income and deprivations combine into a class
 */
public record PovertyStandard(
        String code,
        String legalReference,
        int firstListsYear,
        int lastListsYear,
        IncomeLines incomeLines,
        IncomeLines nearPoorLines,
        Set<String> indicators,
        int deprivationThreshold,
        PovertyRule rule) {

    public PovertyStandard {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(legalReference, "legalReference");
        Objects.requireNonNull(incomeLines, "incomeLines");
        Objects.requireNonNull(rule, "rule");
        if (firstListsYear > lastListsYear) {
            throw new IllegalArgumentException(code + ": first lists year after last");
        }
        if ((rule instanceof PovertyRule.IncomeOrBasicServices) != (nearPoorLines != null)) {
            throw new IllegalArgumentException(code + ": near-poor lines go with, and only with, the income-or-basic-services rule");
        }
        if (nearPoorLines != null
                && (nearPoorLines.rural() <= incomeLines.rural() || nearPoorLines.urban() <= incomeLines.urban())) {
            throw new IllegalArgumentException(code + ": near-poor lines must lie above the poverty lines");
        }
        if (deprivationThreshold < 1 || deprivationThreshold > indicators.size()) {
            throw new IllegalArgumentException(code + ": deprivation threshold out of range");
        }
        indicators.forEach(indicator -> Objects.requireNonNull(indicator, "indicator"));
        indicators = Collections.unmodifiableSet(new LinkedHashSet<>(indicators));
    }

    /** Whether this standard governs the lists of {@code year}. */
    public boolean governsListsOf(int year) {
        return year >= firstListsYear && year <= lastListsYear;
    }

    /** The first year whose periodic review applies this standard (it sets the lists of the year after). */
    public int firstReviewYear() {
        return firstListsYear - 1;
    }

    /** The last year whose periodic review applies this standard. */
    public int lastReviewYear() {
        return lastListsYear - 1;
    }

    /** Whether {@code indicatorCode} is one of this standard's deprivation indicators. */
    public boolean hasIndicator(String indicatorCode) {
        return indicators.contains(indicatorCode);
    }

    /**
     * Classifies a household under this standard.
     *
     * @param incomePerCapitaMonthly monthly income per person in VND, not negative
     * @param deprivations           indicator codes the household is deprived in; each must belong to this standard
     * @param area                   area of the household's commune
     * @throws IllegalArgumentException for negative income or an indicator code foreign to this standard
     */
    public PovertyDecision classify(long incomePerCapitaMonthly, Set<String> deprivations, Area area) {
        Objects.requireNonNull(area, "area");
        if (incomePerCapitaMonthly < 0) {
            throw new IllegalArgumentException("income per capita must not be negative: " + incomePerCapitaMonthly);
        }
        for (String deprivation : deprivations) {
            if (!hasIndicator(deprivation)) {
                throw new IllegalArgumentException(deprivation + " is not an indicator of " + code);
            }
        }
        return rule.decide(this, incomePerCapitaMonthly, deprivations.size(), area);
    }
}
