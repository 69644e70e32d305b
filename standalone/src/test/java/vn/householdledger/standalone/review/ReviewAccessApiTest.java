package vn.householdledger.standalone.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.Problems.assertProblem;
import static vn.householdledger.standalone.review.ReviewSteps.*;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.review.ComplaintRequest;
import vn.householdledger.api.review.DecisionRequest;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/**
 * Who may write a review: a worker of its commune records its steps; only a chair of its commune decides
 * it, and never one who surveyed its households. Every refusal writes nothing.
 */
class ReviewAccessApiTest extends ApiTest {

    private static final String THON_DONG = "Thôn Đông";
    private ReviewSteps steps;
    private UUID household;

    @BeforeEach
    void aPostedReview() {
        steps = ReviewSteps.inAFreshCommune(api, port, jdbc);
        household = steps.household(THON_DONG);
        steps.posted(THON_DONG, List.of(household));
    }

    private void forbidden(int status, LedgerApi.Request caller, String path, Object body) {
        long before = eventCount();
        assertProblem(caller.post(path, body), status);
        assertThat(eventCount()).as("events after a refusal").isEqualTo(before);
    }

    @Test
    void aWorkerOfAnotherCommuneWritesNothingOfTheReview() {
        forbidden(403, api.as("worker"), steps.path("/complaints"), complaintBody());
        forbidden(403, api.as("worker"), "/api/reviews", opening(steps.commune, ReviewKind.PERIODIC, YEAR, OPENED_ON));
    }

    @Test
    void theChairDecidesButRecordsNoOtherStep() {
        forbidden(403, steps.chair(), steps.path("/complaints"), complaintBody());
        forbidden(403, steps.chair(), "/api/reviews", opening(steps.commune, ReviewKind.PERIODIC, YEAR, OPENED_ON));
    }

    @Test
    void aWorkerNeverRecordsTheDecision() {
        forbidden(403, steps.worker(), steps.path("/decision"), decision());
    }

    @Test
    void aChairOfAnotherCommuneDoesNotDecideIt() {
        forbidden(403, api.as("chair"), steps.path("/decision"), decision());
        forbidden(403, steps.as("chu-tich-khac", List.of("CHAIR"), List.of("HA_LAN"), port), steps.path("/decision"), decision());
    }

    @Test
    void whoSurveyedTheReviewsHouseholdsDoesNotDecideItThoughSheIsAChairToo() {
        LedgerApi.Request both = steps.as(WORKER, List.of("WORKER", "CHAIR"), List.of(steps.commune), port);
        forbidden(403, both, steps.path("/decision"), decision());
        assertThat(steps.decide(POSTING_ENDS_ON).status()).isEqualTo(200);
        steps.awaitDecisionReachedItsHouseholds();
    }

    @Test
    void auditorsTheCommitteeAndAdminsWriteNothingOfAReview() {
        for (String account : List.of("auditor", "committee", "admin")) {
            forbidden(403, api.as(account), steps.path("/complaints"), complaintBody());
            forbidden(403, api.as(account), steps.path("/decision"), decision());
        }
    }

    @Test
    void noOneWritesWithoutCredentials() {
        forbidden(401, api.anonymous(), steps.path("/complaints"), complaintBody());
        forbidden(401, api.anonymous(), steps.path("/decision"), decision());
        forbidden(401, api.as("chair", "wrong"), steps.path("/decision"), decision());
    }

    private ComplaintRequest complaintBody() {
        return new ComplaintRequest(null, household, POSTED_ON, "Khiếu nại");
    }

    private static DecisionRequest decision() {
        return new DecisionRequest(POSTING_ENDS_ON, DECISION_NUMBER);
    }
}
