package vn.householdledger.standard;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.householdledger.api.review.ReviewKind;

/**
 * The catalogue of Vietnam's poverty standards, one entry per legal instrument, each governing the
 * lists of its years. A review applies the standard of the lists it sets: a periodic review of year Y
 * sets those of Y+1, an ad hoc one those of Y ({@link ReviewKind#listsYear}). Adding a standard means
 * adding one entry here.
 */
public final class PovertyStandards {

    private static final List<String> INDICATORS_2021 = List.of(
            "EMPLOYMENT", "DEPENDANTS", "NUTRITION", "HEALTH_INSURANCE", "ADULT_EDUCATION", "CHILD_SCHOOLING",
            "HOUSING_QUALITY", "HOUSING_AREA", "DOMESTIC_WATER", "SANITARY_TOILET", "TELECOM_USE",
            "INFORMATION_ASSETS");

    private static final List<PovertyStandard> CATALOGUE = List.of(
            new PovertyStandard("VN_2016_2020", "Decision 59/2015/QĐ-TTg", 2016, 2021,
                    new IncomeLines(700_000, 900_000), new IncomeLines(1_000_000, 1_300_000),
                    indicators(List.of(
                            "HEALTH_SERVICE_ACCESS", "HEALTH_INSURANCE", "ADULT_EDUCATION", "CHILD_SCHOOLING",
                            "HOUSING_QUALITY", "HOUSING_AREA", "DRINKING_WATER", "SANITARY_TOILET", "TELECOM_USE",
                            "INFORMATION_ASSETS")),
                    3, new PovertyRule.IncomeOrBasicServices()),
            new PovertyStandard("VN_2021_2025", "Decree 07/2021/NĐ-CP", 2022, 2026,
                    new IncomeLines(1_500_000, 2_000_000), null,
                    indicators(INDICATORS_2021),
                    3, new PovertyRule.Multidimensional()),
            new PovertyStandard("VN_2026_2030", "Decree 351/2025/NĐ-CP", 2027, 2030,
                    new IncomeLines(2_200_000, 2_800_000), null,
                    indicators(INDICATORS_2021, "WASTE_TREATMENT"),
                    3, new PovertyRule.Multidimensional()));

    private PovertyStandards() {
    }

    /** All standards, oldest first. */
    public static List<PovertyStandard> all() {
        return CATALOGUE;
    }

    /** The standard that governs the lists of {@code year}, if any: the one place a standard is chosen. */
    public static Optional<PovertyStandard> forListsYear(int year) {
        return CATALOGUE.stream().filter(standard -> standard.governsListsOf(year)).findFirst();
    }

    /** The standard a review of {@code kind} held in {@code year} applies: the one of the lists it sets. */
    public static Optional<PovertyStandard> forReview(ReviewKind kind, int year) {
        return forListsYear(kind.listsYear(year));
    }

    /** The standard with the given code, e.g. {@code VN_2021_2025}, if any. */
    public static Optional<PovertyStandard> byCode(String code) {
        return CATALOGUE.stream().filter(standard -> standard.code().equals(code)).findFirst();
    }

    private static Set<String> indicators(List<String> base, String... added) {
        Set<String> codes = new LinkedHashSet<>(base);
        codes.addAll(List.of(added));
        return codes;
    }
}
