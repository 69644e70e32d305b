package vn.householdledger.command.review;

import static vn.householdledger.command.household.Refusals.violates;
import static vn.householdledger.command.review.ReviewFixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.api.review.ComplaintAnswer;
import vn.householdledger.api.review.ComplaintState;
import vn.householdledger.events.review.ComplaintReceived;
import vn.householdledger.events.review.ComplaintResolved;
import vn.householdledger.events.review.ReviewDecided;
import vn.householdledger.platform.problem.NotFound;

/** Complaints come in between the posting and the decision; an upheld one takes the household's result back. */
class ComplaintTest {

    private static final LocalDate RECEIVED_ON = POSTED_ON.plusDays(1);
    private static final String SUMMARY = "Hộ ông An đã có việc làm ổn định";
    private AggregateTestFixture<Review> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static ReceiveComplaint complaint(UUID household) {
        return new ReceiveComplaint(REVIEW, COMPLAINT, household, RECEIVED_ON, SUMMARY);
    }

    private static ComplaintReceived received() {
        return new ComplaintReceived(REVIEW, COMPLAINT, AN, RECEIVED_ON, SUMMARY);
    }

    @Test
    void aComplaintAboutAPostedResultIsReceived() {
        fixture.given(anPosted())
                .when(complaint(AN))
                .expectEvents(received())
                .expectResultMessagePayload(new ComplaintAnswer(REVIEW, COMPLAINT, AN, ComplaintState.OPEN));
    }

    @Test
    void notPosted() {
        fixture.given(anAgreed())
                .when(complaint(AN))
                .expectException(violates(RuleCode.NOT_POSTED))
                .expectNoEvents();
    }

    @Test
    void aComplaintIsAboutAHouseholdOfTheReview() {
        fixture.given(anPosted())
                .when(complaint(BINH))
                .expectException(violates(RuleCode.NOT_IN_REVIEW))
                .expectNoEvents();
    }

    @Test
    void reviewDecided() {
        fixture.given(anPosted())
                .andGiven(new ReviewDecided(REVIEW, "HA_LAN", 2018, POSTING_ENDS_ON, "12/QĐ-UBND", List.of()))
                .when(complaint(AN))
                .expectException(violates(RuleCode.REVIEW_DECIDED))
                .expectNoEvents();
    }

    @Test
    void aComplaintIsResolvedOnceUpheldOrRejected() {
        fixture.given(anPosted())
                .andGiven(received())
                .when(new ResolveComplaint(REVIEW, COMPLAINT, POSTING_ENDS_ON, false, "Kết quả khảo sát đúng"))
                .expectEvents(new ComplaintResolved(REVIEW, COMPLAINT, AN, POSTING_ENDS_ON, false, "Kết quả khảo sát đúng"))
                .expectResultMessagePayload(new ComplaintAnswer(REVIEW, COMPLAINT, AN, ComplaintState.REJECTED));
    }

    @Test
    void complaintResolved() {
        fixture.given(anPosted())
                .andGiven(received(), new ComplaintResolved(REVIEW, COMPLAINT, AN, POSTING_ENDS_ON, false, "Đúng"))
                .when(new ResolveComplaint(REVIEW, COMPLAINT, POSTING_ENDS_ON, true, "Xem lại"))
                .expectException(violates(RuleCode.COMPLAINT_RESOLVED))
                .expectNoEvents();
    }

    @Test
    void anUnknownComplaintIsNotFound() {
        fixture.given(anPosted())
                .when(new ResolveComplaint(REVIEW, UUID.randomUUID(), POSTING_ENDS_ON, true, "Xem lại"))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void anUpheldComplaintTakesBackTheAgreementSoTheChairCannotDecide() {
        fixture.given(anPosted())
                .andGiven(received(), new ComplaintResolved(REVIEW, COMPLAINT, AN, POSTING_ENDS_ON, true, "Khảo sát lại"))
                .when(new DecideReview(REVIEW, POSTING_ENDS_ON, "12/QĐ-UBND"))
                .expectException(violates(RuleCode.NOT_AGREED))
                .expectNoEvents();
    }

    @Test
    void afterAnUpheldComplaintTheResultsArePostedAgainBeforeTheDecision() {
        LocalDate surveyedAgain = POSTING_ENDS_ON;
        fixture.given(anPosted())
                .andGiven(received(), new ComplaintResolved(REVIEW, COMPLAINT, AN, POSTING_ENDS_ON, true, "Khảo sát lại"),
                        surveyed(AN, surveyedAgain), agreed(THON_1, surveyedAgain.plusDays(1), AN))
                .when(new DecideReview(REVIEW, surveyedAgain.plusDays(7), "12/QĐ-UBND"))
                .expectException(violates(RuleCode.NOT_POSTED))
                .expectNoEvents();
    }
}
