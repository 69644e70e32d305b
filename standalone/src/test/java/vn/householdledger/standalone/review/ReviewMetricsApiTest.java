package vn.householdledger.standalone.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.review.ReviewSteps.ok;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.householdledger.api.review.ReviewKind;

/**
 * The gauges of the reviews: how many stand at each step, and how many periodic ones are overdue (a periodic
 * review of 2022, past its due day, is marked so by the scheduler).
 */
class ReviewMetricsApiTest extends ReviewApiTest {

    @Autowired
    private MeterRegistry meters;

    @Test
    void theGaugesCountTheReviewsByStepAndTheOverdueOnes() {
        ReviewSteps steps = freshCommune();
        UUID household = steps.household(uniqueCode("M"), "Khu phố 4", "Đoàn Thị Thanh");
        settle();
        double open = reviews("OPEN");
        double posted = reviews("POSTED");
        double overdue = overdue();

        ok(steps.open(ReviewKind.PERIODIC, 2022, day("2022-09-01")));
        ok(steps.list(household));
        ok(steps.survey(household, day("2022-09-10"), 1_000_000));
        ok(steps.meet("Khu phố 4", day("2022-09-20"), List.of(household), List.of()));
        ok(steps.post(day("2022-12-12")));
        steps.awaitOverdue();
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
