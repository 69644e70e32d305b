package vn.householdledger.standalone.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.review.ReviewSteps.complaintId;
import static vn.householdledger.standalone.review.ReviewSteps.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.review.ListingReason;
import vn.householdledger.api.review.MeetingRequest;
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
        ReviewSteps steps = freshCommune();
        UUID kept = steps.household(uniqueCode("K"), "Thôn Hạ", "Dương Thị Quế");
        UUID complained = steps.household(uniqueCode("K"), "Thôn Hạ", "Vi Văn Thắng");
        ok(steps.open(ReviewKind.PERIODIC, 2017, day("2017-09-04")));
        ok(steps.list(kept, ListingReason.ON_LIST));
        ok(steps.list(complained, ListingReason.APPLIED));
        ok(steps.survey(kept, day("2017-09-20"), 600_000));
        ok(steps.survey(complained, day("2017-09-21"), 1_400_000));
        ok(steps.meet("Thôn Hạ", day("2017-10-01"), List.of(kept), List.of(new MeetingRequest.Dispute(complained, "Thu nhập chưa đúng"))));
        ok(steps.survey(complained, day("2017-10-03"), 1_300_000));
        ok(steps.meet("Thôn Hạ", day("2017-10-05"), List.of(complained), List.of()));
        ok(steps.post(day("2017-11-01")));
        String complaint = complaintId(steps.complain(complained, day("2017-11-02")));
        ok(steps.resolve(complaint, true, day("2017-11-03")));
        ok(steps.survey(complained, day("2017-11-06"), 900_000));
        ok(steps.meet("Thôn Hạ", day("2017-11-08"), List.of(complained), List.of()));
        ok(steps.post(day("2017-11-09")));
        steps.awaitOverdue();
        ok(steps.decide(day("2017-12-20"), "99/QĐ-UBND"));
        steps.awaitDecisionReachedItsHouseholds();
        Map<String, String> before = reads(steps, kept);
        jdbc.update("""
                INSERT INTO query_side.review (review_id, commune_code, year, kind, standard, lists_year, step, opened_on)
                VALUES (?, ?, 2017, 'PERIODIC', 'VN_2016_2020', 2018, 'OPEN', ?)""", UUID.randomUUID(), steps.commune,
                LocalDate.of(2017, 9, 1));

        AdminProjections projections = new AdminProjections(api);
        for (String name : List.of("review-progress", "recognitions")) {
            LedgerApi.Response started = api.as("admin").post("/api/admin/projections/" + name + "/rebuild", Map.of());
            assertThat(started.status()).as(started.toString()).isEqualTo(202);
            projections.awaitSettled();
        }

        assertThat(reads(steps, kept)).isEqualTo(before);
        for (String name : List.of("review-progress", "recognitions")) {
            JsonNode projection = projections.named(name);
            assertThat(projection.get("complete").asBoolean()).as(projection.toString()).isTrue();
            assertThat(projection.get("handled").asLong()).as(projection.toString()).isPositive()
                    .isEqualTo(projection.get("expected").asLong());
        }
    }

    /** Every read of the review's read side, as text: the review, the commune's list, the posting list, a certificate. */
    private static Map<String, String> reads(ReviewSteps steps, UUID certified) {
        Map<String, String> reads = new LinkedHashMap<>();
        for (String path : List.of("/api/reviews/" + steps.review, "/api/reviews?commune=" + steps.commune + "&size=1000")) {
            LedgerApi.Response response = steps.worker().consistent().get(path);
            assertThat(response.status()).as(path + ": " + response).isEqualTo(200);
            reads.put(path, response.body());
        }
        LedgerApi.Download csv = steps.worker().consistent().download(steps.path("/posting-list?format=csv"));
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        reads.put("posting list", new String(csv.body(), StandardCharsets.UTF_8));
        LedgerApi.Download certificate = steps.worker().consistent()
                .download("/api/households/" + certified + "/certificate?format=pdf");
        assertThat(certificate.status()).as(certificate.toString()).isEqualTo(200);
        reads.put("certificate", String.join("\f", PdfText.pages(certificate.body())));
        return reads;
    }
}
