package vn.householdledger.standard;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue of Vietnam's poverty standards, one entry per legal instrument. A review of year Y
 * sets the lists for Y+1 and is assessed under the standard covering Y. Adding a standard means
 * adding one entry here.
 */
public final class PovertyStandards {

    private static final List<String> INDICATORS_2021 = List.of(
            "EMPLOYMENT", "DEPENDANTS", "NUTRITION", "HEALTH_INSURANCE", "ADULT_EDUCATION", "CHILD_SCHOOLING",
            "HOUSING_QUALITY", "HOUSING_AREA", "DOMESTIC_WATER", "SANITARY_TOILET", "TELECOM_USE",
            "INFORMATION_ASSETS");

    private static final List<PovertyStandard> CATALOGUE = List.of(
            new PovertyStandard("VN_2016_2020", "Decision 59/2015/QĐ-TTg", 2015, 2020,
                    new IncomeLines(700_000, 900_000), new IncomeLines(1_000_000, 1_300_000),
                    indicators(List.of(
                            "HEALTH_SERVICE_ACCESS", "HEALTH_INSURANCE", "ADULT_EDUCATION", "CHILD_SCHOOLING",
                            "HOUSING_QUALITY", "HOUSING_AREA", "DRINKING_WATER", "SANITARY_TOILET", "TELECOM_USE",
                            "INFORMATION_ASSETS")),
                    3, new PovertyRule.IncomeOrBasicServices()),
            new PovertyStandard("VN_2021_2025", "Decree 07/2021/NĐ-CP", 2021, 2025,
                    new IncomeLines(1_500_000, 2_000_000), null,
                    indicators(INDICATORS_2021),
                    3, new PovertyRule.Multidimensional()),
            new PovertyStandard("VN_2026_2030", "Decree 351/2025/NĐ-CP", 2026, 2029,
                    new IncomeLines(2_200_000, 2_800_000), null,
                    indicators(INDICATORS_2021, "WASTE_TREATMENT"),
                    3, new PovertyRule.Multidimensional()));

    private PovertyStandards() {
    }

    /** All standards, oldest first. */
    public static List<PovertyStandard> all() {
        return CATALOGUE;
    }

    /** The standard under which the review held at the end of {@code year} is assessed, if any. */
    public static Optional<PovertyStandard> forReviewYear(int year) {
        return CATALOGUE.stream().filter(standard -> standard.coversReviewYear(year)).findFirst();
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
