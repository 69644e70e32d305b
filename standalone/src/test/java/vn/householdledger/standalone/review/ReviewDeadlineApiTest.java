package vn.householdledger.standalone.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.review.ReviewSteps.YEAR;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.api.review.ReviewOpenedAnswer;
import vn.householdledger.events.review.ReviewBecameOverdue;
import vn.householdledger.testing.LedgerApi;

/**
 * A periodic review must be decided by 14 December of its year. Opened after that day, its deadline is due
 * at once: the persistent scheduler (db-scheduler on PostgreSQL, behind Axon's deadline manager) fires it,
 * and the review becomes overdue, recorded by the job that keeps the due days and counted in the metrics.
 */
class ReviewDeadlineApiTest extends ReviewApiTest {

    @Test
    void aPeriodicReviewOpenedAfterItsDueDayBecomesOverdueThroughTheScheduler() {
        ReviewSteps steps = freshCommune();
        double overdueBefore = overdueReviews();

        LedgerApi.Response opened = steps.open(ReviewKind.PERIODIC, YEAR, LocalDate.of(YEAR, 9, 1));

        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        assertThat(LedgerApi.JSON.convertValue(opened.json(), ReviewOpenedAnswer.class))
                .isEqualTo(new ReviewOpenedAnswer(steps.review, "VN_2021_2025", YEAR + 1));
        steps.awaitOverdue();
        List<StoredEvent> overdue = StoredEvent.of(jdbc, steps.review, ReviewBecameOverdue.class);
        assertThat(overdue).hasSize(1);
        assertThat(overdue.get(0).payload().get("dueOn").asText()).isEqualTo(YEAR + "-12-14");
        assertThat(overdue.get(0).payload().get("communeCode").asText()).isEqualTo(steps.commune);
        assertThat(overdue.get(0).metadata().get("recordedBy").asText()).isEqualTo("review-deadline");
        assertThat(overdue.get(0).metadata().has("requestId")).isTrue();
        assertThat(overdueReviews()).isEqualTo(overdueBefore + 1);
    }

    /** The overdue reviews the query side counts, once it reflects every event stored before. */
    private double overdueReviews() {
        settle();
        return metric("ledger_reviews_overdue\\{[^}]*}");
    }
}
