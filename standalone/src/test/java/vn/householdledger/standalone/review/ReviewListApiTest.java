package vn.householdledger.standalone.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.Problems.assertInvalid;
import static vn.householdledger.standalone.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.review.ListingReason;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.testing.LedgerApi;

/**
 * {@code GET /api/reviews}: a worker's and a chair's reviews are those of their communes; auditors and the
 * committee read every commune's, the committee's figures for the whole district: each review's step,
 * counts and overdue flag. Who may not read is refused, and an unknown review is not found.
 */
class ReviewListApiTest extends ReviewApiTest {

    @Test
    void workersAndChairsReadTheirCommunesReviewsTheCommitteeAndAuditorsEveryCommunes() {
        RecordedReview haLan = openReview(HA_LAN, 2019, ReviewKind.PERIODIC, "2019-09-03");
        RecordedReview quangTrung = openReview(QUANG_TRUNG, 2019, ReviewKind.PERIODIC, "2019-09-04");
        RecordedReview earlier = openReview(HA_LAN, 2018, ReviewKind.AD_HOC, "2018-06-15");

        List<String> workers = reviewIds(list("worker", "/api/reviews?size=1000"));
        assertThat(workers).contains(haLan.id().toString(), earlier.id().toString()).doesNotContain(quangTrung.id().toString());
        JsonNode ofYear = list("worker", "/api/reviews?commune=HA_LAN&year=2019&size=1000");
        assertThat(reviewIds(ofYear)).contains(haLan.id().toString()).doesNotContain(earlier.id().toString());
        assertThat(ofYear.get("items").findValuesAsText("communeCode")).containsOnly(HA_LAN);
        assertThat(ofYear.get("items").findValuesAsText("year")).containsOnly("2019");
        assertThat(reviewIds(list("chair", "/api/reviews?commune=HA_LAN&size=1000"))).contains(haLan.id().toString());
        assertThat(reviewIds(list("other", "/api/reviews?size=1000")))
                .contains(quangTrung.id().toString()).doesNotContain(haLan.id().toString());
        for (String district : List.of("committee", "auditor")) {
            assertThat(reviewIds(list(district, "/api/reviews?year=2019&size=1000"))).as(district)
                    .contains(haLan.id().toString(), quangTrung.id().toString()).doesNotContain(earlier.id().toString());
        }
    }

    @Test
    void theCommitteeReadsEachCommunesStepCountsAndOverdueFlag() {
        UUID poor = household(QUANG_TRUNG, uniqueCode("Q"), "Thôn 1", "Vũ Thị Lan");
        UUID notYet = household(QUANG_TRUNG, uniqueCode("Q"), "Thôn 2", "Bùi Văn Toàn");
        RecordedReview review = openReview(QUANG_TRUNG, 2020, ReviewKind.PERIODIC, "2020-09-01");
        review.list(poor, "Thôn 1", ListingReason.ON_LIST, day("2020-09-02"));
        review.list(notYet, "Thôn 2", ListingReason.REPORTED, day("2020-09-02"));
        review.survey(poor, day("2020-09-15"), 500_000, List.of(), false);
        review.meeting("Thôn 1", day("2020-10-01"), List.of(poor), List.of());
        review.posting(day("2020-10-05"));
        review.complaint(poor, day("2020-10-06"));
        review.overdue();

        JsonNode item = itemOf(list("committee", "/api/reviews?commune=" + QUANG_TRUNG + "&year=2020&size=1000"), review.id());

        assertThat(item.get("step").asText()).isEqualTo("POSTED");
        assertThat(item.get("standard").asText()).isEqualTo("VN_2016_2020");
        assertThat(item.get("listsYear").asInt()).isEqualTo(2021);
        assertThat(item.get("postedOn").asText()).isEqualTo("2020-10-05");
        assertThat(item.get("postingEndsOn").asText()).isEqualTo("2020-10-08");
        assertThat(item.get("decidedOn").isNull()).isTrue();
        assertThat(item.get("decisionNumber").isNull()).isTrue();
        assertThat(item.get("overdue").asBoolean()).isTrue();
        assertThat(List.of(item.get("listed").asLong(), item.get("surveyed").asLong(), item.get("agreed").asLong(),
                item.get("openComplaints").asLong(), item.get("decided").asLong())).containsExactly(2L, 1L, 1L, 1L, 0L);
    }

    @Test
    void anOverdueReviewIsNoLongerOverdueOnceDecided() {
        UUID household = household(BAC_SON, uniqueCode("O"), "Khu phố 1", "Lương Thị Hoa");
        RecordedReview review = openReview(BAC_SON, 2017, ReviewKind.PERIODIC, "2017-09-01");
        review.list(household, "Khu phố 1", ListingReason.ON_LIST, day("2017-09-01"));
        review.survey(household, day("2017-09-20"), 800_000, List.of(), true);
        review.meeting("Khu phố 1", day("2017-10-01"), List.of(household), List.of());
        review.posting(day("2017-12-01"));
        review.overdue();
        assertThat(view("worker", review.id()).get("overdue").asBoolean()).isTrue();

        review.decision(day("2017-12-20"), "88/QĐ-UBND");

        JsonNode decided = view("worker", review.id());
        assertThat(decided.get("step").asText()).isEqualTo("DECIDED");
        assertThat(decided.get("overdue").asBoolean()).isFalse();
    }

    @Test
    void aListIsPagedAndItsParametersChecked() {
        openReview(HA_LAN, 2021, ReviewKind.PERIODIC, "2021-09-01");
        openReview(BAC_SON, 2021, ReviewKind.PERIODIC, "2021-09-01");

        JsonNode first = list("worker", "/api/reviews?year=2021&size=1");

        assertThat(first.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(1);
        assertThat(first.get("items")).hasSize(1);
        assertInvalid(api.as("worker").get("/api/reviews?size=0"), "size");
        assertInvalid(api.as("worker").get("/api/reviews?page=-1"), "page");
        assertInvalid(api.as("worker").get("/api/reviews?year=tomorrow"), "year");
        assertInvalid(api.as("worker").get("/api/reviews?year=99999"), "year");
    }

    @Test
    void whoMayNotReadIsRefusedAndAnUnknownReviewIsNotFound() {
        RecordedReview review = openReview(HA_LAN, 2019, ReviewKind.AD_HOC, "2019-04-15");
        long before = eventCount();

        assertProblem(api.as("other").consistent().get("/api/reviews/" + review.id()), 403);
        assertProblem(api.as("other").get("/api/reviews?commune=" + HA_LAN), 403);
        assertProblem(api.as("admin").get("/api/reviews"), 403);
        assertProblem(api.as("admin").consistent().get("/api/reviews/" + review.id()), 403);
        assertProblem(api.anonymous().get("/api/reviews"), 401);
        assertProblem(api.as("worker").consistent().get("/api/reviews/" + UUID.randomUUID()), 404);
        assertInvalid(api.as("worker").get("/api/reviews/not-a-review"), "reviewId");
        assertThat(eventCount()).isEqualTo(before);
    }

    private JsonNode list(String account, String path) {
        LedgerApi.Response response = api.as(account).consistent().get(path);
        assertThat(response.status()).as(account + " " + path + ": " + response).isEqualTo(200);
        return response.json();
    }

    private static JsonNode itemOf(JsonNode page, UUID review) {
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .filter(i -> i.get("reviewId").asText().equals(review.toString())).findFirst()
                .orElseThrow(() -> new AssertionError("No review " + review + " in " + page));
    }
}
