package vn.householdledger.standalone.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.review.ListingReason;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.standalone.admin.AdminProjections;
import vn.householdledger.testing.LedgerApi;

/**
 * The review's read models are rebuilt from the event store to the same answers, rows no event explains
 * cleared, and count toward the completeness check like every projection.
 */
class ReviewRebuildApiTest extends ReviewApiTest {

    @Test
    void rebuildingTheReviewsReadModelsAnswersTheSameReadsAsBefore() throws InterruptedException {
        UUID kept = household(HA_LAN, uniqueCode("K"), "Thôn Hạ", "Dương Thị Quế");
        UUID complained = household(HA_LAN, uniqueCode("K"), "Thôn Hạ", "Vi Văn Thắng");
        RecordedReview review = openReview(HA_LAN, 2017, ReviewKind.PERIODIC, "2017-09-04");
        review.list(kept, "Thôn Hạ", ListingReason.ON_LIST, day("2017-09-05"));
        review.list(complained, "Thôn Hạ", ListingReason.APPLIED, day("2017-09-05"));
        review.survey(kept, day("2017-09-20"), 600_000, List.of(), true);
        review.survey(complained, day("2017-09-21"), 1_400_000, List.of(), true);
        review.meeting("Thôn Hạ", day("2017-10-01"), List.of(kept), List.of(complained));
        review.survey(complained, day("2017-10-03"), 1_300_000, List.of(), true);
        review.meeting("Thôn Hạ", day("2017-10-05"), List.of(complained), List.of());
        review.posting(day("2017-11-01"));
        UUID complaint = review.complaint(complained, day("2017-11-02"));
        review.resolution(complaint, complained, day("2017-11-03"), true);
        review.survey(complained, day("2017-11-06"), 900_000, List.of(), true);
        review.meeting("Thôn Hạ", day("2017-11-08"), List.of(complained), List.of());
        review.posting(day("2017-11-09"));
        review.overdue();
        review.decision(day("2017-12-20"), "99/QĐ-UBND");
        Map<String, String> before = reads(review.id(), kept);
        jdbc.update("""
                INSERT INTO query_side.review (review_id, commune_code, year, kind, standard, lists_year, step, opened_on)
                VALUES (?, 'HA_LAN', 2017, 'PERIODIC', 'VN_2016_2020', 2018, 'OPEN', ?)""", UUID.randomUUID(), LocalDate.of(2017, 9, 1));

        AdminProjections projections = new AdminProjections(api);
        for (String name : List.of("review-progress", "recognitions")) {
            LedgerApi.Response started = api.as("admin").post("/api/admin/projections/" + name + "/rebuild", Map.of());
            assertThat(started.status()).as(started.toString()).isEqualTo(202);
            projections.awaitSettled(Duration.ofSeconds(60));
        }

        assertThat(reads(review.id(), kept)).isEqualTo(before);
        for (String name : List.of("review-progress", "recognitions")) {
            JsonNode projection = projections.named(name);
            assertThat(projection.get("complete").asBoolean()).as(projection.toString()).isTrue();
            assertThat(projection.get("handled").asLong()).as(projection.toString()).isPositive()
                    .isEqualTo(projection.get("expected").asLong());
        }
    }

    /** Every read of the review's read side, as text: the review, the commune's list, the posting list, a certificate. */
    private Map<String, String> reads(UUID review, UUID certified) {
        Map<String, String> reads = new LinkedHashMap<>();
        for (String path : List.of("/api/reviews/" + review, "/api/reviews?commune=HA_LAN&size=1000")) {
            LedgerApi.Response response = api.as("worker").consistent().get(path);
            assertThat(response.status()).as(path + ": " + response).isEqualTo(200);
            reads.put(path, response.body());
        }
        LedgerApi.Download csv = api.as("worker").consistent().download("/api/reviews/" + review + "/posting-list?format=csv");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        reads.put("posting list", new String(csv.body(), StandardCharsets.UTF_8));
        LedgerApi.Download certificate = api.as("worker").consistent()
                .download("/api/households/" + certified + "/certificate?format=pdf");
        assertThat(certificate.status()).as(certificate.toString()).isEqualTo(200);
        reads.put("certificate", String.join("\f", PdfText.pages(certificate.body())));
        return reads;
    }
}
