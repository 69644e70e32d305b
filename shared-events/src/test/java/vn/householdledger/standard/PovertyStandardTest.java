package vn.householdledger.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.PovertyBasis;

class PovertyStandardTest {

    private static final String ROW = "{0} income {1} with {2} deprivations → {3} {4}";

    @ParameterizedTest(name = "2016–2020 poor by income at or below the poverty line, "
            + "else poor by lack of basic services up to the near-poor line: " + ROW)
    @CsvSource(nullValues = "-", textBlock = """
            # area, income,  deprivations, classification, basis
            RURAL,   699999, 2, POOR,      BY_INCOME
            RURAL,   699999, 3, POOR,      BY_INCOME
            RURAL,   700000, 2, POOR,      BY_INCOME
            RURAL,   700000, 3, POOR,      BY_INCOME
            RURAL,   700001, 2, NEAR_POOR, -
            RURAL,   700001, 3, POOR,      BY_LACK_OF_BASIC_SERVICES
            RURAL,   999999, 2, NEAR_POOR, -
            RURAL,   999999, 3, POOR,      BY_LACK_OF_BASIC_SERVICES
            RURAL,  1000000, 2, NEAR_POOR, -
            RURAL,  1000000, 3, POOR,      BY_LACK_OF_BASIC_SERVICES
            RURAL,  1000001, 2, NOT_POOR,  -
            RURAL,  1000001, 3, NOT_POOR,  -
            URBAN,   899999, 2, POOR,      BY_INCOME
            URBAN,   899999, 3, POOR,      BY_INCOME
            URBAN,   900000, 2, POOR,      BY_INCOME
            URBAN,   900000, 3, POOR,      BY_INCOME
            URBAN,   900001, 2, NEAR_POOR, -
            URBAN,   900001, 3, POOR,      BY_LACK_OF_BASIC_SERVICES
            URBAN,  1299999, 2, NEAR_POOR, -
            URBAN,  1299999, 3, POOR,      BY_LACK_OF_BASIC_SERVICES
            URBAN,  1300000, 2, NEAR_POOR, -
            URBAN,  1300000, 3, POOR,      BY_LACK_OF_BASIC_SERVICES
            URBAN,  1300001, 2, NOT_POOR,  -
            URBAN,  1300001, 3, NOT_POOR,  -
            """)
    void incomeOrBasicServicesRule2016(Area area, long income, int deprivations,
            Classification classification, PovertyBasis basis) {
        assertDecision("VN_2016_2020", area, income, deprivations, classification, basis);
    }

    @ParameterizedTest(name = "2021–2025 poor only with income at or below the line and 3 deprivations: " + ROW)
    @CsvSource(nullValues = "-", textBlock = """
            # area, income,  deprivations, classification, basis
            RURAL,  1499999, 2, NEAR_POOR, -
            RURAL,  1499999, 3, POOR,      BY_INCOME_AND_DEPRIVATIONS
            RURAL,  1500000, 2, NEAR_POOR, -
            RURAL,  1500000, 3, POOR,      BY_INCOME_AND_DEPRIVATIONS
            RURAL,  1500001, 2, NOT_POOR,  -
            RURAL,  1500001, 3, NOT_POOR,  -
            URBAN,  1999999, 2, NEAR_POOR, -
            URBAN,  1999999, 3, POOR,      BY_INCOME_AND_DEPRIVATIONS
            URBAN,  2000000, 2, NEAR_POOR, -
            URBAN,  2000000, 3, POOR,      BY_INCOME_AND_DEPRIVATIONS
            URBAN,  2000001, 2, NOT_POOR,  -
            URBAN,  2000001, 3, NOT_POOR,  -
            """)
    void multidimensionalRule2021(Area area, long income, int deprivations,
            Classification classification, PovertyBasis basis) {
        assertDecision("VN_2021_2025", area, income, deprivations, classification, basis);
    }

    @ParameterizedTest(name = "2026–2030 poor only with income at or below the line and 3 deprivations: " + ROW)
    @CsvSource(nullValues = "-", textBlock = """
            # area, income,  deprivations, classification, basis
            RURAL,  2199999, 2, NEAR_POOR, -
            RURAL,  2199999, 3, POOR,      BY_INCOME_AND_DEPRIVATIONS
            RURAL,  2200000, 2, NEAR_POOR, -
            RURAL,  2200000, 3, POOR,      BY_INCOME_AND_DEPRIVATIONS
            RURAL,  2200001, 2, NOT_POOR,  -
            RURAL,  2200001, 3, NOT_POOR,  -
            URBAN,  2799999, 2, NEAR_POOR, -
            URBAN,  2799999, 3, POOR,      BY_INCOME_AND_DEPRIVATIONS
            URBAN,  2800000, 2, NEAR_POOR, -
            URBAN,  2800000, 3, POOR,      BY_INCOME_AND_DEPRIVATIONS
            URBAN,  2800001, 2, NOT_POOR,  -
            URBAN,  2800001, 3, NOT_POOR,  -
            """)
    void multidimensionalRule2026(Area area, long income, int deprivations,
            Classification classification, PovertyBasis basis) {
        assertDecision("VN_2026_2030", area, income, deprivations, classification, basis);
    }

    @ParameterizedTest(name = "the explanation keeps the lines compared and the deprivations that decided: {0} {1} income {2} with {3}")
    @CsvSource(delimiter = '|', textBlock = """
            VN_2016_2020 | URBAN |  850000 | 0 | POVERTY_LINE ≤ 900000                           |
            VN_2016_2020 | URBAN |  950000 | 3 | NEAR_POOR_LINE ≤ 1300000                        | 3
            VN_2016_2020 | URBAN | 1200000 | 2 | POVERTY_LINE > 900000, NEAR_POOR_LINE ≤ 1300000 | 2
            VN_2016_2020 | RURAL | 1000001 | 4 | NEAR_POOR_LINE > 1000000                        |
            VN_2021_2025 | URBAN | 2100000 | 5 | INCOME_LINE > 2000000                           |
            VN_2021_2025 | RURAL | 1400000 | 3 | INCOME_LINE ≤ 1500000                           | 3
            VN_2021_2025 | RURAL |       0 | 1 | INCOME_LINE ≤ 1500000                           | 1
            VN_2026_2030 | URBAN | 2800000 | 2 | INCOME_LINE ≤ 2800000                           | 2
            """)
    void theExplanationKeepsTheLinesComparedAndTheDeprivationsThatDecided(String code, Area area, long income, int deprivations,
            String lines, Integer counted) {
        PovertyStandard standard = standard(code);
        PovertyDecision decision = standard.classify(income, firstIndicators(standard, deprivations), area);
        List<Explanation.Comparison> compared = Arrays.stream(lines.split(", ")).map(line -> line.split(" "))
                .map(line -> new Explanation.Comparison(Explanation.Line.valueOf(line[0]), Long.parseLong(line[2]), line[1].equals(">")))
                .toList();
        assertEquals(new Explanation(code, area, income, compared, counted, counted == null ? null : 3, decision.classification(),
                decision.basis()), decision.explanation());
    }

    @ParameterizedTest(name = "{0} rejects an indicator it does not define: {1}")
    @CsvSource({
            "VN_2016_2020, EMPLOYMENT",
            "VN_2016_2020, DOMESTIC_WATER",
            "VN_2021_2025, DRINKING_WATER",
            "VN_2021_2025, WASTE_TREATMENT",
            "VN_2026_2030, HEALTH_SERVICE_ACCESS",
    })
    void classifyRejectsForeignIndicator(String code, String indicator) {
        PovertyStandard standard = standard(code);
        assertThrows(IllegalArgumentException.class, () -> standard.classify(1_000_000, Set.of(indicator), Area.RURAL));
    }

    @Test
    void classifyRejectsNegativeIncome() {
        assertThrows(IllegalArgumentException.class,
                () -> standard("VN_2021_2025").classify(-1, Set.of(), Area.URBAN));
    }

    @Test
    void nearPoorLinesBelongOnlyToTheIncomeOrBasicServicesRule() {
        PovertyStandard base = standard("VN_2021_2025");
        assertThrows(IllegalArgumentException.class, () -> new PovertyStandard("X", "X", 2030, 2034,
                base.incomeLines(), new IncomeLines(3_000_000, 4_000_000), base.indicators(), 3, base.rule()));
    }

    private static void assertDecision(String code, Area area, long income, int deprivations,
            Classification classification, PovertyBasis basis) {
        PovertyStandard standard = standard(code);
        PovertyDecision decision = standard.classify(income, firstIndicators(standard, deprivations), area);
        assertEquals(classification, decision.classification(), decision.explanation().toString());
        assertEquals(basis, decision.basis(), decision.explanation().toString());
    }

    private static PovertyStandard standard(String code) {
        return PovertyStandards.byCode(code).orElseThrow();
    }

    private static Set<String> firstIndicators(PovertyStandard standard, int count) {
        return standard.indicators().stream().limit(count).collect(Collectors.toSet());
    }
}
