package vn.householdledger.standalone.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.review.ReviewSteps.complaintId;
import static vn.householdledger.standalone.review.ReviewSteps.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.review.ListingReason;
import vn.householdledger.api.review.MeetingRequest;
import vn.householdledger.api.review.ReviewKind;

/**
 * {@code GET /api/reviews/{reviewId}} follows a review through its steps exactly as its events mean them:
 * a new survey replaces the proposal and takes back its agreement; a meeting agrees or disputes; an upheld
 * complaint takes back the agreement and the review from POSTED to OPEN until it is posted again; the
 * decision fills each household's decided class. A periodic review of 2017 is past its due day (14 December
 * 2017) from the day it is opened: the scheduler marks it overdue at once, and the test waits for that first.
 */
class ReviewProgressApiTest extends ReviewApiTest {

    @Test
    void aReviewReadsAsEachOfItsStepsLeftIt() {
        ReviewSteps steps = freshCommune();
        UUID a = steps.household(uniqueCode("A"), "Thôn Đông", "Lê Thị Hồng Nhung");
        UUID b = steps.household(uniqueCode("B"), "Thôn Bắc", "Phạm Văn Đức");
        UUID c = steps.household(uniqueCode("C"), "Thôn Đông", "Đặng Thị Ánh");
        ok(steps.open(ReviewKind.PERIODIC, 2017, day("2017-09-05")));
        UUID review = steps.review;
        steps.awaitOverdue();

        JsonNode opened = view(steps.worker(), review);
        assertThat(opened.get("communeCode").asText()).isEqualTo(steps.commune);
        assertThat(opened.get("year").asInt()).isEqualTo(2017);
        assertThat(opened.get("kind").asText()).isEqualTo("PERIODIC");
        assertThat(opened.get("standard").asText()).isEqualTo("VN_2016_2020");
        assertThat(opened.get("listsYear").asInt()).isEqualTo(2018);
        assertThat(opened.get("step").asText()).isEqualTo("OPEN");
        assertThat(opened.get("openedOn").asText()).isEqualTo("2017-09-05");
        assertThat(opened.get("postedOn").isNull()).isTrue();
        assertThat(opened.get("overdue").asBoolean()).as("undecided past 14 December 2017").isTrue();
        assertThat(opened.get("households")).isEmpty();

        ok(steps.list(a, ListingReason.ON_LIST));
        ok(steps.list(b, ListingReason.APPLIED));
        ok(steps.list(c, ListingReason.REPORTED));
        ok(steps.survey(a, day("2017-09-20"), 600_000));
        ok(steps.survey(b, day("2017-09-21"), 850_000));
        ok(steps.survey(c, day("2017-09-22"), 1_500_000));
        ok(steps.meet("Thôn Đông", day("2017-10-01"), List.of(a), List.of(new MeetingRequest.Dispute(c, "Thu nhập chưa đúng"))));
        ok(steps.meet("Thôn Bắc", day("2017-10-02"), List.of(b), List.of()));

        JsonNode met = view(steps.worker(), review);
        assertThat(met.get("households").findValuesAsText("householdId"))
                .as("by village, then code").containsExactly(b.toString(), a.toString(), c.toString());
        assertHousehold(met, a, "POOR", true, null, null);
        assertThat(householdOf(met, a).get("headName").asText()).isEqualTo("Lê Thị Hồng Nhung");
        assertThat(householdOf(met, a).get("village").asText()).isEqualTo("Thôn Đông");
        assertThat(householdOf(met, a).get("reason").asText()).isEqualTo("ON_LIST");
        assertThat(householdOf(met, a).get("code").asText()).startsWith("A-");
        assertHousehold(met, b, "NEAR_POOR", true, null, null);
        assertHousehold(met, c, "NOT_POOR", false, null, null);
        assertCounts(met, 3, 3, 2, 0, 0);

        ok(steps.survey(c, day("2017-10-05"), 900_000));
        ok(steps.survey(a, day("2017-10-06"), 650_000));
        JsonNode resurveyed = view(steps.worker(), review);
        assertHousehold(resurveyed, c, "NEAR_POOR", false, null, null);
        assertHousehold(resurveyed, a, "POOR", false, null, null);
        assertCounts(resurveyed, 3, 3, 1, 0, 0);

        ok(steps.meet("Thôn Đông", day("2017-10-10"), List.of(a, c), List.of()));
        ok(steps.post(day("2017-11-01")));
        JsonNode posted = view(steps.chair(), review);
        assertThat(posted.get("step").asText()).isEqualTo("POSTED");
        assertThat(posted.get("postedOn").asText()).isEqualTo("2017-11-01");
        assertThat(posted.get("postingEndsOn").asText()).as("the 3rd working day after").isEqualTo("2017-11-06");
        assertCounts(posted, 3, 3, 3, 0, 0);

        String onB = complaintId(steps.complain(b, day("2017-11-02")));
        String onA = complaintId(steps.complain(a, day("2017-11-02")));
        JsonNode complained = view(steps.worker(), review);
        assertHousehold(complained, b, "NEAR_POOR", true, "OPEN", null);
        assertHousehold(complained, a, "POOR", true, "OPEN", null);
        assertCounts(complained, 3, 3, 3, 2, 0);

        ok(steps.resolve(onA, false, day("2017-11-03")));
        JsonNode rejected = view(steps.worker(), review);
        assertThat(rejected.get("step").asText()).as("a rejected complaint leaves the review posted").isEqualTo("POSTED");
        assertHousehold(rejected, a, "POOR", true, "REJECTED", null);
        assertCounts(rejected, 3, 3, 3, 1, 0);

        ok(steps.resolve(onB, true, day("2017-11-03")));
        JsonNode upheld = view(steps.worker(), review);
        assertThat(upheld.get("step").asText()).as("back to OPEN until posted again").isEqualTo("OPEN");
        assertHousehold(upheld, b, "NEAR_POOR", false, "UPHELD", null);
        assertCounts(upheld, 3, 3, 2, 0, 0);

        ok(steps.survey(b, day("2017-11-08"), 600_000));
        ok(steps.meet("Thôn Bắc", day("2017-11-10"), List.of(b), List.of()));
        ok(steps.post(day("2017-11-13")));
        JsonNode reposted = view(steps.worker(), review);
        assertThat(reposted.get("step").asText()).isEqualTo("POSTED");
        assertThat(reposted.get("postedOn").asText()).isEqualTo("2017-11-13");
        assertThat(reposted.get("postingEndsOn").asText()).isEqualTo("2017-11-16");
        assertHousehold(reposted, b, "POOR", true, "UPHELD", null);

        ok(steps.decide(day("2017-11-20"), "123/QĐ-UBND"));
        steps.awaitDecisionReachedItsHouseholds();
        JsonNode decided = view(api.as("auditor"), review);
        assertThat(decided.get("step").asText()).isEqualTo("DECIDED");
        assertThat(decided.get("decidedOn").asText()).isEqualTo("2017-11-20");
        assertThat(decided.get("decisionNumber").asText()).isEqualTo("123/QĐ-UBND");
        assertHousehold(decided, a, "POOR", true, "REJECTED", "POOR");
        assertHousehold(decided, b, "POOR", true, "UPHELD", "POOR");
        assertHousehold(decided, c, "NEAR_POOR", true, null, "NEAR_POOR");
        assertCounts(decided, 3, 3, 3, 0, 3);
    }

    @Test
    void aHouseholdListedButNotYetSurveyedProposesNothing() {
        ReviewSteps steps = freshCommune();
        UUID household = steps.household(uniqueCode("N"), "Khu phố 3", "Trịnh Văn Quý");
        ok(steps.open(ReviewKind.AD_HOC, 2018, day("2018-05-15")));
        ok(steps.list(household, ListingReason.APPLIED));

        JsonNode view = view(steps.worker(), steps.review);

        assertThat(view.get("kind").asText()).isEqualTo("AD_HOC");
        assertThat(view.get("listsYear").asInt()).as("an ad hoc review sets the lists of its own year").isEqualTo(2018);
        assertHousehold(view, household, null, false, null, null);
        assertCounts(view, 1, 0, 0, 0, 0);
    }

    private static void assertHousehold(JsonNode view, UUID household, String proposed, boolean agreed, String complaint,
                                        String decided) {
        JsonNode found = householdOf(view, household);
        assertThat(found.get("proposedClassification").isNull() ? null : found.get("proposedClassification").asText())
                .as("proposal of %s", found).isEqualTo(proposed);
        assertThat(found.get("agreed").asBoolean()).as("agreement of %s", found).isEqualTo(agreed);
        assertThat(found.get("complaint").isNull() ? null : found.get("complaint").asText())
                .as("complaint of %s", found).isEqualTo(complaint);
        assertThat(found.get("decidedClassification").isNull() ? null : found.get("decidedClassification").asText())
                .as("decision of %s", found).isEqualTo(decided);
    }

    private static void assertCounts(JsonNode view, long listed, long surveyed, long agreed, long openComplaints, long decided) {
        assertThat(List.of(view.get("listed").asLong(), view.get("surveyed").asLong(), view.get("agreed").asLong(),
                view.get("openComplaints").asLong(), view.get("decided").asLong()))
                .as("listed, surveyed, agreed, open complaints, decided").containsExactly(listed, surveyed, agreed,
                        openComplaints, decided);
    }
}
