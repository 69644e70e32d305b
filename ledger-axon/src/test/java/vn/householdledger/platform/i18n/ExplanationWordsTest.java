package vn.householdledger.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.commune.Area;
import vn.householdledger.standard.PovertyStandard;
import vn.householdledger.standard.PovertyStandards;

/** A classification's explanation in words of the reader's language, from its facts. */
class ExplanationWordsTest {

    private static final PovertyStandard VN_2016_2020 = PovertyStandards.byCode("VN_2016_2020").orElseThrow();
    private static final PovertyStandard VN_2021_2025 = PovertyStandards.byCode("VN_2021_2025").orElseThrow();

    @Test
    void aNearPoorHouseholdBetweenTheLinesWithFewDeprivations() {
        var explanation = VN_2016_2020.classify(750_000, Set.of("HEALTH_INSURANCE", "HOUSING_AREA"), Area.RURAL).explanation();
        assertThat(ExplanationWords.of(explanation, Messages.VIETNAMESE)).isEqualTo("Thu nhập 750.000 đ > chuẩn nghèo nông thôn "
                + "700.000 đ, ≤ chuẩn cận nghèo 1.000.000 đ; 2 chỉ số thiếu hụt (< 3) → hộ cận nghèo");
        assertThat(ExplanationWords.of(explanation, Locale.ENGLISH)).isEqualTo("Income 750,000 VND > rural poverty line 700,000 VND, "
                + "≤ near-poor line 1,000,000 VND; 2 deprivation(s) (< 3) → near-poor");
    }

    @Test
    void aPoorHouseholdSaysItsBasis() {
        var byIncome = VN_2016_2020.classify(850_000, Set.of(), Area.URBAN).explanation();
        assertThat(ExplanationWords.of(byIncome, Messages.VIETNAMESE))
                .isEqualTo("Thu nhập 850.000 đ ≤ chuẩn nghèo thành thị 900.000 đ → hộ nghèo (theo thu nhập)");
        var byBoth = VN_2021_2025.classify(1_400_000, Set.of("EMPLOYMENT", "NUTRITION", "TELECOM_USE"), Area.RURAL).explanation();
        assertThat(ExplanationWords.of(byBoth, Locale.ENGLISH)).isEqualTo("Income 1,400,000 VND ≤ rural income line 1,500,000 VND; "
                + "3 deprivation(s) (≥ 3) → poor (by income and deprivations)");
    }

    @Test
    void aHouseholdAboveTheLineIsNotPoorWhateverItLacks() {
        var explanation = VN_2021_2025.classify(2_100_000, Set.of("EMPLOYMENT", "NUTRITION", "TELECOM_USE"), Area.URBAN).explanation();
        assertThat(ExplanationWords.of(explanation, Messages.VIETNAMESE))
                .isEqualTo("Thu nhập 2.100.000 đ > chuẩn nghèo về thu nhập thành thị 2.000.000 đ → hộ không nghèo");
    }
}
