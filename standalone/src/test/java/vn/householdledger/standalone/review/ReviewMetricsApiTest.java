package vn.householdledger.standalone.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.householdledger.api.review.ListingReason;
import vn.householdledger.api.review.ReviewKind;

/** The gauges of the reviews: how many stand at each step, and how many periodic ones are overdue. */
class ReviewMetricsApiTest extends ReviewApiTest {

    @Autowired
    private MeterRegistry meters;

    @Test
    void theGaugesCountTheReviewsByStepAndTheOverdueOnes() {
        UUID household = household(BAC_SON, uniqueCode("M"), "Khu phố 4", "Đoàn Thị Thanh");
        settle();
        double open = reviews("OPEN");
        double posted = reviews("POSTED");
        double overdue = overdue();

        RecordedReview review = openReview(BAC_SON, 2022, ReviewKind.PERIODIC, "2022-09-01");
        review.list(household, "Khu phố 4", ListingReason.ON_LIST, day("2022-09-01"));
        review.survey(household, day("2022-09-10"), 1_000_000, List.of(), true);
        review.meeting("Khu phố 4", day("2022-09-20"), List.of(household), List.of());
        review.posting(day("2022-12-12"));
        review.overdue();
        settle();

        assertThat(reviews("OPEN")).isEqualTo(open);
        assertThat(reviews("POSTED")).isEqualTo(posted + 1);
        assertThat(overdue()).isEqualTo(overdue + 1);
        String metrics = api.as("admin").get("/actuator/prometheus").body();
        assertThat(metrics).contains("# HELP ledger_reviews Reviews of communes at each step")
                .containsPattern("(?m)^ledger_reviews\\{[^}]*step=\"DECIDED\"[^}]*} \\d")
                .containsPattern("(?m)^ledger_reviews_overdue(\\{[^}]*})? \\d");
    }

    /** Waits until every event before now is in the read models. */
    private void settle() {
        assertThat(api.as("committee").consistent().get("/api/reviews?size=1").status()).isEqualTo(200);
    }

    private double reviews(String step) {
        return meters.get("ledger.reviews").tag("step", step).gauge().value();
    }

    private double overdue() {
        return meters.get("ledger.reviews.overdue").gauge().value();
    }
}
