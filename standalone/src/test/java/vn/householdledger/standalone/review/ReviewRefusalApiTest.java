package vn.householdledger.standalone.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.Problems.assertInvalid;
import static vn.householdledger.standalone.Problems.assertProblem;
import static vn.householdledger.standalone.Problems.assertRuleViolation;
import static vn.householdledger.standalone.review.ReviewSteps.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.review.DecisionRequest;
import vn.householdledger.api.review.ListHouseholdRequest;
import vn.householdledger.api.review.ListingReason;
import vn.householdledger.api.review.MeetingRequest;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/**
 * Every refusal of the review's contract through HTTP: the rule's code (or the field, or the status) and
 * nothing written, counted in the event store before and after.
 */
class ReviewRefusalApiTest extends ApiTest {

    private static final String THON_DONG = "Thôn Đông";
    private ReviewSteps steps;

    @BeforeEach
    void freshCommune() {
        steps = ReviewSteps.inAFreshCommune(api, port, jdbc);
    }

    /** Sends the request and asserts it refused with the rule's code, writing nothing. */
    private void refusedBy(String code, Supplier<LedgerApi.Response> request) {
        long before = eventCount();
        assertRuleViolation(request.get(), code);
        assertThat(eventCount()).as("events after a refusal").isEqualTo(before);
    }

    private void refusedWith(int status, Supplier<LedgerApi.Response> request) {
        long before = eventCount();
        assertProblem(request.get(), status);
        assertThat(eventCount()).as("events after a refusal").isEqualTo(before);
    }

    private void invalid(String field, Supplier<LedgerApi.Response> request) {
        long before = eventCount();
        assertInvalid(request.get(), field);
        assertThat(eventCount()).as("events after a refusal").isEqualTo(before);
    }

    @Test
    void reviewAlreadyOpen() {
        steps.open();
        refusedBy("REVIEW_ALREADY_OPEN", () -> steps.open(ReviewKind.AD_HOC, YEAR, OPENED_ON.plusDays(1)));
    }

    @Test
    void aDecidedReviewLeavesRoomForTheNextOne() {
        steps.decided(THON_DONG, List.of(steps.household(THON_DONG)));
        assertThat(steps.open(ReviewKind.AD_HOC, YEAR, POSTING_ENDS_ON).status()).isEqualTo(201);
    }

    @Test
    void notInCommune() {
        UUID elsewhere = registerHousehold(HA_LAN);
        steps.open();
        refusedBy("NOT_IN_COMMUNE", () -> steps.list(elsewhere));
    }

    @Test
    void alreadyInReview() {
        UUID household = steps.household(THON_DONG);
        steps.open();
        ok(steps.list(household));
        refusedBy("ALREADY_IN_REVIEW", () -> steps.list(household));
    }

    @Test
    void householdClosed() {
        UUID household = steps.household(THON_DONG);
        ok(steps.worker().post("/api/households/" + household + "/closure", Map.of("reason", "DISSOLVED", "date", "2025-01-10")));
        steps.open();
        refusedBy("HOUSEHOLD_CLOSED", () -> steps.list(household));
    }

    @Test
    void reviewDecided() {
        UUID later = steps.household(THON_DONG);
        steps.decided(THON_DONG, List.of(steps.household(THON_DONG)));
        refusedBy("REVIEW_DECIDED", () -> steps.list(later));
        refusedBy("REVIEW_DECIDED", () -> steps.decide(POSTING_ENDS_ON));
    }

    @Test
    void notInReview() {
        UUID household = steps.household(THON_DONG);
        steps.open();
        refusedBy("NOT_IN_REVIEW", () -> steps.survey(household));
    }

    @Test
    void reviewPosted() {
        UUID household = steps.household(THON_DONG);
        steps.posted(THON_DONG, List.of(household));
        refusedBy("REVIEW_POSTED", () -> steps.survey(household, survey(POSTED_ON, 1_800_000, List.of())));
    }

    @Test
    void notSurveyed() {
        UUID household = steps.household(THON_DONG);
        steps.open();
        ok(steps.list(household));
        refusedBy("NOT_SURVEYED", () -> steps.meet(THON_DONG, List.of(household), List.of()));
    }

    @Test
    void aMeetingNamesOnlyHouseholdsOfItsVillageInTheReview() {
        UUID household = steps.household(THON_DONG);
        steps.open();
        ok(steps.list(household));
        ok(steps.survey(household));
        refusedBy("NOT_IN_REVIEW", () -> steps.meet("Thôn Tây", List.of(household), List.of()));
    }

    @Test
    void aDisputedHouseholdNeedsANewSurveyAndALaterMeeting() {
        UUID household = steps.household(THON_DONG);
        steps.open();
        ok(steps.list(household));
        ok(steps.survey(household));
        ok(steps.meet(THON_DONG, List.of(), List.of(new MeetingRequest.Dispute(household, "Hộ có lương hưu"))));
        refusedBy("NOT_SURVEYED", () -> steps.meet(THON_DONG, List.of(household), List.of()));
        refusedBy("NOT_AGREED", () -> steps.post(POSTED_ON));
    }

    @Test
    void notAgreed() {
        UUID agreed = steps.household(THON_DONG);
        UUID surveyed = steps.household(THON_DONG);
        steps.agreed(THON_DONG, List.of(agreed));
        ok(steps.list(surveyed));
        ok(steps.survey(surveyed));
        refusedBy("NOT_AGREED", () -> steps.post(POSTED_ON));
    }

    @Test
    void nothingToPost() {
        UUID household = steps.household(THON_DONG);
        steps.open();
        ok(steps.list(household));
        refusedBy("NOTHING_TO_POST", () -> steps.post(POSTED_ON));
    }

    @Test
    void notPosted() {
        UUID household = steps.household(THON_DONG);
        steps.agreed(THON_DONG, List.of(household));
        refusedBy("NOT_POSTED", () -> steps.complain(household));
        refusedBy("NOT_POSTED", () -> steps.decide(POSTING_ENDS_ON));
    }

    @Test
    void complaintsComeInOnlyBeforeTheDecision() {
        UUID household = steps.household(THON_DONG);
        steps.decided(THON_DONG, List.of(household));
        refusedBy("REVIEW_DECIDED", () -> steps.complain(household));
    }

    @Test
    void complaintResolved() {
        UUID household = steps.household(THON_DONG);
        steps.posted(THON_DONG, List.of(household));
        String complaint = complaintId(steps.complain(household));
        ok(steps.resolve(complaint, false));
        refusedBy("COMPLAINT_RESOLVED", () -> steps.resolve(complaint, true));
    }

    @Test
    void postingNotOver() {
        steps.posted(THON_DONG, List.of(steps.household(THON_DONG)));
        refusedBy("POSTING_NOT_OVER", () -> steps.decide(POSTING_ENDS_ON.minusDays(1)));
    }

    @Test
    void complaintsOpen() {
        UUID household = steps.household(THON_DONG);
        steps.posted(THON_DONG, List.of(household));
        ok(steps.complain(household));
        refusedBy("COMPLAINTS_OPEN", () -> steps.decide(POSTING_ENDS_ON));
    }

    @Test
    void anUpheldComplaintTakesTheResultBackUntilItIsSurveyedAgreedAndPostedAgain() {
        UUID household = steps.household(THON_DONG);
        steps.posted(THON_DONG, List.of(household));
        String complaint = complaintId(steps.complain(household));
        ok(steps.resolve(complaint, true));
        refusedBy("NOT_AGREED", () -> steps.decide(POSTING_ENDS_ON));

        LocalDate surveyedAgain = POSTING_ENDS_ON.plusDays(1);
        ok(steps.survey(household, survey(surveyedAgain, 1_800_000, List.of())));
        ok(steps.worker().post(steps.path("/meetings"), meeting(THON_DONG, surveyedAgain.plusDays(1), List.of(household), List.of())));
        refusedBy("NOT_POSTED", () -> steps.decide(surveyedAgain.plusDays(10)));
        LedgerApi.Response postedAgain = ok(steps.post(surveyedAgain.plusDays(2)));
        ok(steps.chair().post(steps.path("/decision"),
                new DecisionRequest(LocalDate.parse(postedAgain.json().get("postingEndsOn").asText()), DECISION_NUMBER)));
        steps.awaitDecisionReachedItsHouseholds();
    }

    @Test
    void oneUndecidedReviewPerCommuneAndKindHoldsAgainOnceTheLookupsAreRebuilt() {
        steps.open();
        jdbc.update("DELETE FROM command_side.review_directory WHERE review_id = ?", steps.review);
        UUID review = steps.review;

        LedgerApi.Response rebuilt = api.as("admin").post("/api/admin/lookups/rebuild", Map.of());

        assertThat(rebuilt.status()).as(rebuilt.toString()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM command_side.review_directory WHERE review_id = ?", Long.class, review))
                .isEqualTo(1L);
        refusedBy("REVIEW_ALREADY_OPEN", () -> steps.open(ReviewKind.AD_HOC, YEAR, OPENED_ON.plusDays(1)));
    }

    @Test
    void anUnknownReviewIsNotFound() {
        UUID household = steps.household(THON_DONG);
        refusedWith(404, () -> steps.worker().post("/api/reviews/" + UUID.randomUUID() + "/households",
                new ListHouseholdRequest(household, ListingReason.APPLIED)));
    }

    @Test
    void anUnknownHouseholdOrComplaintIsNotFound() {
        UUID household = steps.household(THON_DONG);
        steps.posted(THON_DONG, List.of(household));
        refusedWith(404, () -> steps.list(UUID.randomUUID()));
        refusedWith(404, () -> steps.resolve(UUID.randomUUID().toString(), true));
    }

    @Test
    void aReviewIsOpenedInItsOwnYearForAKnownCommuneAndAStandardThatGovernsItsLists() {
        invalid("openedOn", () -> steps.open(ReviewKind.AD_HOC, YEAR, LocalDate.of(2024, 12, 1)));
        invalid("year", () -> steps.open(ReviewKind.AD_HOC, 2015, LocalDate.of(2015, 6, 1)));
        invalid("kind", () -> steps.worker().post("/api/reviews", Map.of("communeCode", steps.commune, "year", YEAR,
                "kind", "MONTHLY", "openedOn", OPENED_ON.toString())));
        invalid("openedOn", () -> steps.worker().post("/api/reviews", fields(opening(steps.commune, ReviewKind.AD_HOC, YEAR,
                LocalDate.now().plusDays(3)))));
    }

    @Test
    void malformedStepsAreRefusedFieldByField() {
        UUID household = steps.household(THON_DONG);
        steps.open();
        ok(steps.list(household));
        invalid("incomePerCapitaMonthly", () -> steps.survey(household, survey(SURVEYED_ON, -1, List.of())));
        invalid("deprivations", () -> steps.survey(household, survey(SURVEYED_ON, 1_000_000, List.of("NOT_AN_INDICATOR"))));
        invalid("surveyedOn", () -> steps.survey(household, survey(OPENED_ON.minusDays(1), 1_000_000, List.of())));
        ok(steps.survey(household));
        invalid("attendees", () -> steps.worker().post(steps.path("/meetings"), new MeetingRequest(null, THON_DONG, MET_ON,
                List.of(), List.of(household), List.of())));
        invalid("agreed", () -> steps.meet(THON_DONG, List.of(), List.of()));
        invalid("disputed", () -> steps.meet(THON_DONG, List.of(household),
                List.of(new MeetingRequest.Dispute(household, "Không thống nhất"))));
        invalid("decisionNumber", () -> steps.chair().post(steps.path("/decision"),
                Map.of("decidedOn", POSTING_ENDS_ON.toString(), "decisionNumber", " ")));
    }
}
