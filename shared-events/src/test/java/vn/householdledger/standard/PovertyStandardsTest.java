package vn.householdledger.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.householdledger.api.review.ReviewKind;

class PovertyStandardsTest {

    @ParameterizedTest(name = "the lists of {0} are governed by {1}")
    @CsvSource(nullValues = "-", value = {
            "2015, -",
            "2016, VN_2016_2020",
            "2021, VN_2016_2020",
            "2022, VN_2021_2025",
            "2026, VN_2021_2025",
            "2027, VN_2026_2030",
            "2030, VN_2026_2030",
            "2031, -",
    })
    void theListsYearChoosesTheStandard(int year, String expectedCode) {
        assertEquals(Optional.ofNullable(expectedCode), PovertyStandards.forListsYear(year).map(PovertyStandard::code));
    }

    /** DOMAIN.md, "Which standard applies": a periodic review of Y sets the lists of Y+1, an ad hoc one those of Y. */
    @ParameterizedTest(name = "a {0} review of {1} applies {2}")
    @CsvSource(nullValues = "-", value = {
            "PERIODIC, 2014, -",
            "PERIODIC, 2015, VN_2016_2020",
            "PERIODIC, 2020, VN_2016_2020",
            "AD_HOC,   2021, VN_2016_2020",
            "PERIODIC, 2021, VN_2021_2025",
            "AD_HOC,   2022, VN_2021_2025",
            "PERIODIC, 2025, VN_2021_2025",
            "AD_HOC,   2026, VN_2021_2025",
            "PERIODIC, 2026, VN_2026_2030",
            "AD_HOC,   2027, VN_2026_2030",
            "PERIODIC, 2029, VN_2026_2030",
            "AD_HOC,   2030, VN_2026_2030",
            "PERIODIC, 2030, -",
            "AD_HOC,   2015, -",
    })
    void aReviewAppliesTheStandardOfTheListsItSets(ReviewKind kind, int year, String expectedCode) {
        assertEquals(Optional.ofNullable(expectedCode), PovertyStandards.forReview(kind, year).map(PovertyStandard::code));
    }

    /** DOMAIN.md's table: the periodic reviews each standard governs, and the lists they set. */
    @ParameterizedTest(name = "{0}: reviews of {1}–{2}, lists of {3}–{4}")
    @CsvSource({
            "VN_2016_2020, 2015, 2020, 2016, 2021",
            "VN_2021_2025, 2021, 2025, 2022, 2026",
            "VN_2026_2030, 2026, 2029, 2027, 2030",
    })
    void eachStandardGovernsTheListsOfItsYearsAndThePeriodicReviewsThatSetThem(String code, int firstReview, int lastReview,
                                                                                int firstLists, int lastLists) {
        PovertyStandard standard = PovertyStandards.byCode(code).orElseThrow();
        assertEquals(List.of(firstReview, lastReview, firstLists, lastLists), List.of(standard.firstReviewYear(),
                standard.lastReviewYear(), standard.firstListsYear(), standard.lastListsYear()));
    }

    @ParameterizedTest(name = "byCode finds {0} ({1}, {2} indicators)")
    @CsvSource({
            "VN_2016_2020, Decision 59/2015/QĐ-TTg, 10",
            "VN_2021_2025, Decree 07/2021/NĐ-CP,    12",
            "VN_2026_2030, Decree 351/2025/NĐ-CP,   13",
    })
    void byCodeFindsTheStandard(String code, String legalReference, int indicatorCount) {
        PovertyStandard standard = PovertyStandards.byCode(code).orElseThrow();
        assertEquals(code, standard.code());
        assertEquals(legalReference, standard.legalReference());
        assertEquals(indicatorCount, standard.indicators().size());
        assertEquals(3, standard.deprivationThreshold());
    }

    @ParameterizedTest(name = "byCode knows no standard {0}")
    @CsvSource({"VN_2011_2015", "vn_2021_2025", "''"})
    void byCodeRejectsUnknownCode(String code) {
        assertTrue(PovertyStandards.byCode(code).isEmpty());
    }

    @ParameterizedTest(name = "indicator {0}: 2016 {1}, 2021 {2}, 2026 {3}")
    @CsvSource({
            "HEALTH_SERVICE_ACCESS, true,  false, false",
            "DRINKING_WATER,        true,  false, false",
            "DOMESTIC_WATER,        false, true,  true",
            "EMPLOYMENT,            false, true,  true",
            "DEPENDANTS,            false, true,  true",
            "NUTRITION,             false, true,  true",
            "WASTE_TREATMENT,       false, false, true",
            "HEALTH_INSURANCE,      true,  true,  true",
            "INFORMATION_ASSETS,    true,  true,  true",
            "UNKNOWN,               false, false, false",
    })
    void indicatorBelongsToTheStandardsThatDefineIt(String indicator, boolean in2016, boolean in2021, boolean in2026) {
        assertEquals(in2016, PovertyStandards.byCode("VN_2016_2020").orElseThrow().hasIndicator(indicator));
        assertEquals(in2021, PovertyStandards.byCode("VN_2021_2025").orElseThrow().hasIndicator(indicator));
        assertEquals(in2026, PovertyStandards.byCode("VN_2026_2030").orElseThrow().hasIndicator(indicator));
    }

    @Test
    void standard2026AcceptsThe2021IndicatorsPlusWasteTreatmentInOrder() {
        List<String> expected = new java.util.ArrayList<>(PovertyStandards.byCode("VN_2021_2025").orElseThrow().indicators());
        expected.add("WASTE_TREATMENT");
        assertEquals(expected, List.copyOf(PovertyStandards.byCode("VN_2026_2030").orElseThrow().indicators()));
    }

    @Test
    void catalogueCoversListsYearsWithoutGapOrOverlapAndHasUniqueCodes() {
        List<PovertyStandard> all = PovertyStandards.all();
        for (int i = 1; i < all.size(); i++) {
            assertEquals(all.get(i - 1).lastListsYear() + 1, all.get(i).firstListsYear(), all.get(i).code());
        }
        assertEquals(all.size(), all.stream().map(PovertyStandard::code).distinct().count());
    }

    @Test
    void catalogueAndIndicatorSetsAreImmutable() {
        PovertyStandard first = PovertyStandards.all().get(0);
        assertThrows(UnsupportedOperationException.class, () -> PovertyStandards.all().remove(0));
        assertThrows(UnsupportedOperationException.class, () -> first.indicators().add("EMPLOYMENT"));
        assertFalse(first.hasIndicator("EMPLOYMENT"));
    }
}
