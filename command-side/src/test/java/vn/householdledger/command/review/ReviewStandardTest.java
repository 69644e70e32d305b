package vn.householdledger.command.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.platform.problem.InvalidInput;

/** The standard a review applies is the one of the lists it sets (DOMAIN.md, "Which standard applies"). */
class ReviewStandardTest {

    @Test
    void aPeriodicReviewOf2020AndAnAdHocReviewOf2021BothApplyTheStandardOf2016To2020() {
        assertThat(ReviewStandard.codeOf(ReviewKind.PERIODIC, 2020)).isEqualTo("VN_2016_2020");
        assertThat(ReviewStandard.codeOf(ReviewKind.AD_HOC, 2021)).isEqualTo("VN_2016_2020");
    }

    @Test
    void anAdHocReviewOf2026AppliesTheStandardOf2021To2025() {
        assertThat(ReviewStandard.codeOf(ReviewKind.AD_HOC, 2026)).isEqualTo("VN_2021_2025");
        assertThat(ReviewStandard.codeOf(ReviewKind.PERIODIC, 2025)).isEqualTo("VN_2021_2025");
        assertThat(ReviewStandard.codeOf(ReviewKind.PERIODIC, 2026)).isEqualTo("VN_2026_2030");
    }

    @Test
    void listsNoStandardGovernsAreRefused() {
        assertThatThrownBy(() -> ReviewStandard.codeOf(ReviewKind.AD_HOC, 2015)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> ReviewStandard.codeOf(ReviewKind.PERIODIC, 2030)).isInstanceOf(InvalidInput.class);
    }
}
