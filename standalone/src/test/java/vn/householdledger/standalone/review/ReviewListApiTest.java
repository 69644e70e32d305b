package vn.householdledger.standalone.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.Problems.assertInvalid;
import static vn.householdledger.standalone.Problems.assertProblem;
import static vn.householdledger.standalone.review.ReviewSteps.ok;

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
 * counts and overdue flag. Who may not read is refused, and an unknown review is not found. Each test's
 * communes are its own; a periodic review of a past year is overdue from the day it is opened, and the test
 * waits until the scheduler has marked it so.
 */
class ReviewListApiTest extends ReviewApiTest {

    @Test
    void workersAndChairsReadTheirCommunesReviewsTheCommitteeAndAuditorsEveryCommunes() {
        ReviewSteps mine = freshCommune();
        ReviewSteps another = ReviewSteps.inAFreshCommune(api, port, jdbc, "trung", "chu-tich-trung");
        String periodic = opened(mine, ReviewKind.PERIODIC, 2019, "2019-09-03");
        mine.awaitOverdue();
        String elsewhere = opened(another, ReviewKind.PERIODIC, 2019, "2019-09-04");
        another.awaitOverdue();
        String earlier = opened(mine, ReviewKind.AD_HOC, 2018, "2018-06-15");

        List<String> workers = reviewIds(list(mine.worker(), "/api/reviews?size=1000"));
        assertThat(workers).contains(periodic, earlier).doesNotContain(elsewhere);
        JsonNode ofYear = list(mine.worker(), "/api/reviews?commune=" + mine.commune + "&year=2019&size=1000");
        assertThat(reviewIds(ofYear)).contains(periodic).doesNotContain(earlier);
        assertThat(ofYear.get("items").findValuesAsText("communeCode")).containsOnly(mine.commune);
        assertThat(ofYear.get("items").findValuesAsText("year")).containsOnly("2019");
        assertThat(reviewIds(list(mine.chair(), "/api/reviews?commune=" + mine.commune + "&size=1000"))).contains(periodic);
        assertThat(reviewIds(list(another.worker(), "/api/reviews?size=1000"))).contains(elsewhere).doesNotContain(periodic);
        for (String district : List.of("committee", "auditor")) {
            assertThat(reviewIds(list(api.as(district), "/api/reviews?year=2019&size=1000"))).as(district)
                    .contains(periodic, elsewhere).doesNotContain(earlier);
        }
    }

    @Test
    void theCommitteeReadsEachCommunesStepCountsAndOverdueFlag() {
        ReviewSteps steps = freshCommune();
        UUID poor = steps.household(uniqueCode("Q"), "Thôn 1", "Vũ Thị Lan");
        UUID notYet = steps.household(uniqueCode("Q"), "Thôn 2", "Bùi Văn Toàn");
        String review = opened(steps, ReviewKind.PERIODIC, 2020, "2020-09-01");
        ok(steps.list(poor, ListingReason.ON_LIST));
        ok(steps.list(notYet, ListingReason.REPORTED));
        ok(steps.survey(poor, day("2020-09-15"), 500_000));
        ok(steps.meet("Thôn 1", day("2020-10-01"), List.of(poor), List.of()));
        ok(steps.post(day("2020-10-05")));
        ok(steps.complain(poor, day("2020-10-06")));
        steps.awaitOverdue();

        JsonNode item = itemOf(list(api.as("committee"), "/api/reviews?commune=" + steps.commune + "&year=2020&size=1000"), review);

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
        ReviewSteps steps = freshCommune();
        UUID household = steps.household(uniqueCode("O"), "Khu phố 1", "Lương Thị Hoa");
        ok(steps.open(ReviewKind.PERIODIC, 2017, day("2017-09-01")));
        ok(steps.list(household));
        ok(steps.survey(household, day("2017-09-20"), 800_000));
        ok(steps.meet("Khu phố 1", day("2017-10-01"), List.of(household), List.of()));
        ok(steps.post(day("2017-12-01")));
        steps.awaitOverdue();
        assertThat(view(steps.worker(), steps.review).get("overdue").asBoolean()).isTrue();

        ok(steps.decide(day("2017-12-20"), "88/QĐ-UBND"));
        steps.awaitDecisionReachedItsHouseholds();

        JsonNode decided = view(steps.worker(), steps.review);
        assertThat(decided.get("step").asText()).isEqualTo("DECIDED");
        assertThat(decided.get("overdue").asBoolean()).isFalse();
    }

    @Test
    void aListIsPagedAndItsParametersChecked() {
        ReviewSteps first = freshCommune();
        ReviewSteps second = ReviewSteps.inAFreshCommune(api, port, jdbc, "trung", "chu-tich-trung");
        opened(first, ReviewKind.PERIODIC, 2021, "2021-09-01");
        opened(second, ReviewKind.PERIODIC, 2021, "2021-09-01");
        first.awaitOverdue();
        second.awaitOverdue();
        LedgerApi.Request ofBoth = first.as("lan", List.of("WORKER"), List.of(first.commune, second.commune), port);

        JsonNode page = list(ofBoth, "/api/reviews?year=2021&size=1");

        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(1);
        assertThat(page.get("items")).hasSize(1);
        assertThat(list(ofBoth, "/api/reviews?year=2021&size=1&page=1").get("items")).hasSize(1);
        assertInvalid(ofBoth.get("/api/reviews?size=0"), "size");
        assertInvalid(ofBoth.get("/api/reviews?page=-1"), "page");
        assertInvalid(ofBoth.get("/api/reviews?year=tomorrow"), "year");
        assertInvalid(ofBoth.get("/api/reviews?year=99999"), "year");
    }

    @Test
    void whoMayNotReadIsRefusedAndAnUnknownReviewIsNotFound() {
        ReviewSteps steps = freshCommune();
        String review = opened(steps, ReviewKind.AD_HOC, 2019, "2019-04-15");
        long before = eventCount();

        assertProblem(api.as("other").consistent().get("/api/reviews/" + review), 403);
        assertProblem(api.as("other").get("/api/reviews?commune=" + steps.commune), 403);
        assertProblem(api.as("admin").get("/api/reviews"), 403);
        assertProblem(api.as("admin").consistent().get("/api/reviews/" + review), 403);
        assertProblem(api.anonymous().get("/api/reviews"), 401);
        assertProblem(steps.worker().consistent().get("/api/reviews/" + UUID.randomUUID()), 404);
        assertInvalid(steps.worker().get("/api/reviews/not-a-review"), "reviewId");
        assertThat(eventCount()).isEqualTo(before);
    }

    /** Opens the commune's review of {@code kind} and {@code year}, and answers its id. */
    private static String opened(ReviewSteps steps, ReviewKind kind, int year, String openedOn) {
        ok(steps.open(kind, year, day(openedOn)));
        return steps.review.toString();
    }

    private static JsonNode list(LedgerApi.Request reader, String path) {
        LedgerApi.Response response = reader.consistent().get(path);
        assertThat(response.status()).as(path + ": " + response).isEqualTo(200);
        return response.json();
    }

    private static JsonNode itemOf(JsonNode page, String review) {
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .filter(i -> i.get("reviewId").asText().equals(review)).findFirst()
                .orElseThrow(() -> new AssertionError("No review " + review + " in " + page));
    }
}
