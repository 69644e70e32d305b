package vn.householdledger.standalone.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.review.ReviewSteps.*;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.PovertyBasis;
import vn.householdledger.api.review.ComplaintAnswer;
import vn.householdledger.api.review.ComplaintState;
import vn.householdledger.api.review.DecisionAnswer;
import vn.householdledger.api.review.ListingAnswer;
import vn.householdledger.api.review.ListingReason;
import vn.householdledger.api.review.MeetingAnswer;
import vn.householdledger.api.review.MeetingRequest;
import vn.householdledger.api.review.PostingAnswer;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.api.review.ReviewOpenedAnswer;
import vn.householdledger.api.review.SurveyAnswer;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/** Each step of a review through the API: what it answers, the event it records and who recorded it. */
class ReviewStepsApiTest extends ApiTest {

    private static final String THON_DONG = "Thôn Đông";
    private ReviewSteps steps;

    @BeforeEach
    void freshCommune() {
        steps = ReviewSteps.inAFreshCommune(api, port, jdbc);
    }

    private <T> T answer(LedgerApi.Response response, int status, Class<T> type) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.position()).as("X-Event-Position").isPositive();
        return LedgerApi.JSON.convertValue(response.json(), type);
    }

    @Test
    void aWorkerOpensHerCommunesReviewWhichAppliesTheStandardOfTheListsItSets() {
        LedgerApi.Response opened = steps.open(ReviewKind.AD_HOC, YEAR, OPENED_ON);

        assertThat(answer(opened, 201, ReviewOpenedAnswer.class)).isEqualTo(new ReviewOpenedAnswer(steps.review, "VN_2021_2025", 2025));
        assertThat(lastEventOf(steps.review)).isEqualTo(List.of("ReviewOpened", WORKER));
    }

    @Test
    void aListedHouseholdIsReviewedInTheVillageItLivesIn() {
        UUID household = steps.household(THON_DONG);
        steps.open();

        assertThat(answer(steps.list(household), 201, ListingAnswer.class))
                .isEqualTo(new ListingAnswer(steps.review, household, THON_DONG, ListingReason.ON_LIST));
        assertThat(lastEventOf(steps.review)).isEqualTo(List.of("HouseholdListedForReview", WORKER));
    }

    @Test
    void aSurveyProposesTheClassByTheReviewsStandardAndSaysWhy() {
        UUID household = steps.household(THON_DONG);
        steps.open();
        ok(steps.list(household));

        assertThat(answer(steps.survey(household), 201, SurveyAnswer.class)).isEqualTo(new SurveyAnswer(Classification.POOR,
                "VN_2021_2025", PovertyBasis.BY_INCOME_AND_DEPRIVATIONS, "Thu nhập 1.200.000 đ ≤ chuẩn nghèo về thu nhập nông thôn"
                + " 1.500.000 đ; 3 chỉ số thiếu hụt (≥ 3) → hộ nghèo (theo thu nhập và thiếu hụt dịch vụ xã hội cơ bản)"));
        assertThat(lastEventOf(steps.review)).isEqualTo(List.of("HouseholdSurveyed", WORKER));
    }

    @Test
    void aVillageMeetingAgreesSomeProposalsAndDisputesOthers() {
        UUID agreed = steps.household(THON_DONG);
        UUID disputed = steps.household(THON_DONG);
        steps.open();
        for (UUID household : List.of(agreed, disputed)) {
            ok(steps.list(household));
            ok(steps.survey(household));
        }

        MeetingAnswer meeting = answer(steps.meet(THON_DONG, List.of(agreed),
                List.of(new MeetingRequest.Dispute(disputed, "Hộ vừa mua xe máy mới"))), 201, MeetingAnswer.class);

        assertThat(meeting.meetingId()).isNotNull();
        assertThat(meeting).isEqualTo(new MeetingAnswer(steps.review, meeting.meetingId(), THON_DONG, 1, 1));
        assertThat(lastEventOf(steps.review)).isEqualTo(List.of("VillageMeetingHeld", WORKER));
    }

    @Test
    void theAgreedResultsArePostedUntilTheThirdWorkingDayAfter() {
        steps.agreed(THON_DONG, List.of(steps.household(THON_DONG)));

        assertThat(answer(steps.post(POSTED_ON), 201, PostingAnswer.class)).isEqualTo(new PostingAnswer(POSTED_ON, POSTING_ENDS_ON));
        assertThat(lastEventOf(steps.review)).isEqualTo(List.of("ReviewPosted", WORKER));
    }

    @Test
    void aComplaintIsReceivedWithAnIdAndResolvedByIt() {
        UUID household = steps.household(THON_DONG);
        steps.posted(THON_DONG, List.of(household));

        ComplaintAnswer received = answer(steps.complain(household), 201, ComplaintAnswer.class);
        assertThat(received.state()).isEqualTo(ComplaintState.OPEN);
        assertThat(lastEventOf(steps.review)).isEqualTo(List.of("ComplaintReceived", WORKER));
        ComplaintAnswer resolved = answer(steps.resolve(received.complaintId().toString(), false), 200, ComplaintAnswer.class);

        assertThat(resolved).isEqualTo(new ComplaintAnswer(steps.review, received.complaintId(), household, ComplaintState.REJECTED));
        assertThat(lastEventOf(steps.review)).isEqualTo(List.of("ComplaintResolved", WORKER));
    }

    @Test
    void theChairDecidesAndLearnsHowManyHouseholdsTheDecisionRecognises() {
        UUID first = steps.household(THON_DONG);
        UUID second = steps.household(THON_DONG);
        UUID notSurveyed = steps.household(THON_DONG);
        steps.posted(THON_DONG, List.of(first, second));
        ok(steps.list(notSurveyed));

        assertThat(answer(steps.decide(POSTING_ENDS_ON), 200, DecisionAnswer.class)).isEqualTo(new DecisionAnswer(2));
        assertThat(lastEventOf(steps.review)).isEqualTo(List.of("ReviewDecided", CHAIR));
        steps.awaitDecisionReachedItsHouseholds();
    }

    @Test
    void aStepSentAgainWithItsIdempotencyKeyAnswersTheFirstAnswerAndWritesNothing() {
        UUID household = steps.household(THON_DONG);
        steps.open();
        ok(steps.list(household));
        String key = UUID.randomUUID().toString();
        LedgerApi.Response first = steps.worker().idempotencyKey(key).post(steps.path("/households/" + household + "/survey"),
                ReviewSteps.survey(SURVEYED_ON, 1_200_000, DEPRIVED));
        long before = eventCount();

        LedgerApi.Response again = steps.worker().idempotencyKey(key).post(steps.path("/households/" + household + "/survey"),
                ReviewSteps.survey(SURVEYED_ON, 1_200_000, DEPRIVED));

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.position()).isEqualTo(first.position());
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void prometheusCountsOpeningsSurveysAndDecisions() {
        double opened = metric("ledger_reviews_opened_total\\{[^}]*kind=\"AD_HOC\"[^}]*}");
        double surveys = metric("ledger_review_surveys_total\\{[^}]*}");
        double decisions = metric("ledger_review_decisions_total\\{[^}]*}");

        steps.decided(THON_DONG, List.of(steps.household(THON_DONG), steps.household(THON_DONG)));

        assertThat(metric("ledger_reviews_opened_total\\{[^}]*kind=\"AD_HOC\"[^}]*}")).isEqualTo(opened + 1);
        assertThat(metric("ledger_review_surveys_total\\{[^}]*}")).isEqualTo(surveys + 2);
        assertThat(metric("ledger_review_decisions_total\\{[^}]*}")).isEqualTo(decisions + 1);
        assertThat(metric("ledger_review_decision_steps_total\\{[^}]*outcome=\"assessed\"[^}]*}")).isGreaterThanOrEqualTo(2);
    }

    /** The payload type and the author of the newest event of {@code aggregate}. */
    private List<String> lastEventOf(UUID aggregate) {
        return jdbc.queryForObject("""
                        SELECT payload_type, convert_from(meta_data, 'UTF8')::jsonb ->> 'recordedBy'
                          FROM event_store.domain_event_entry WHERE aggregate_identifier = ?
                         ORDER BY sequence_number DESC LIMIT 1""",
                (rs, i) -> List.of(rs.getString(1).substring(rs.getString(1).lastIndexOf('.') + 1), rs.getString(2)),
                aggregate.toString());
    }

    private double metric(String series) {
        String metrics = api.as("admin").get("/actuator/prometheus").body();
        Matcher matcher = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(metrics);
        assertThat(matcher.find()).as("%s in the metrics", series).isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
