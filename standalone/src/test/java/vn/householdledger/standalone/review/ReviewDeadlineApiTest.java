package vn.householdledger.standalone.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.review.ReviewSteps.YEAR;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.api.review.ReviewOpenedAnswer;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/**
 * A periodic review must be decided by 14 December of its year. Opened after that day, its deadline is due
 * at once: the persistent scheduler (db-scheduler on PostgreSQL, behind Axon's deadline manager) fires it,
 * and the review becomes overdue, recorded by the job that keeps the due days and counted in the metrics.
 */
class ReviewDeadlineApiTest extends ApiTest {

    private static final Pattern OVERDUE = Pattern.compile("(?m)^ledger_reviews_overdue\\{[^}]*} (\\S+)$");

    @Test
    void aPeriodicReviewOpenedAfterItsDueDayBecomesOverdueThroughTheScheduler() {
        ReviewSteps steps = ReviewSteps.inAFreshCommune(api, port, jdbc);
        double overdueBefore = overdueReviews();

        LedgerApi.Response opened = steps.open(ReviewKind.PERIODIC, YEAR, LocalDate.of(YEAR, 9, 1));

        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        assertThat(LedgerApi.JSON.convertValue(opened.json(), ReviewOpenedAnswer.class))
                .isEqualTo(new ReviewOpenedAnswer(steps.review, "VN_2021_2025", YEAR + 1));
        steps.awaitOverdue();
        List<JsonNode[]> overdue = overdueEventsOf(steps);
        assertThat(overdue).hasSize(1);
        assertThat(overdue.get(0)[0].get("dueOn").asText()).isEqualTo(YEAR + "-12-14");
        assertThat(overdue.get(0)[0].get("communeCode").asText()).isEqualTo(steps.commune);
        assertThat(overdue.get(0)[1].get("recordedBy").asText()).isEqualTo("review-deadline");
        assertThat(overdue.get(0)[1].has("requestId")).isTrue();
        assertThat(overdueReviews()).isEqualTo(overdueBefore + 1);
    }

    private List<JsonNode[]> overdueEventsOf(ReviewSteps steps) {
        return jdbc.query("""
                        SELECT convert_from(payload, 'UTF8'), convert_from(meta_data, 'UTF8') FROM event_store.domain_event_entry
                         WHERE aggregate_identifier = ? AND payload_type = 'vn.householdledger.events.review.ReviewBecameOverdue'""",
                (rs, i) -> new JsonNode[] {read(rs.getString(1)), read(rs.getString(2))}, steps.review.toString());
    }

    /** The overdue reviews the query side counts, once it reflects every event stored before. */
    private double overdueReviews() {
        api.as("auditor").consistent().get("/api/reviews");
        Matcher matcher = OVERDUE.matcher(api.as("admin").get("/actuator/prometheus").body());
        assertThat(matcher.find()).as("ledger_reviews_overdue in the metrics").isTrue();
        return Double.parseDouble(matcher.group(1));
    }

    private static JsonNode read(String json) {
        try {
            return LedgerApi.JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(json, e);
        }
    }
}
