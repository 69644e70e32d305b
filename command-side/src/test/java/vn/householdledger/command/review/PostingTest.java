package vn.householdledger.command.review;

import static vn.householdledger.command.household.Refusals.invalid;
import static vn.householdledger.command.household.Refusals.violates;
import static vn.householdledger.command.review.ReviewFixtures.*;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.api.review.PostingAnswer;
import vn.householdledger.events.review.ReviewPosted;

/** The agreed results are posted for 3 working days once every surveyed household's latest survey is agreed. */
class PostingTest {

    private AggregateTestFixture<Review> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void thePostingEndsOnTheThirdWorkingDayAfter() {
        fixture.given(anAgreed())
                .when(new PostReview(REVIEW, POSTED_ON))
                .expectEvents(new ReviewPosted(REVIEW, POSTED_ON, POSTING_ENDS_ON))
                .expectResultMessagePayload(new PostingAnswer(POSTED_ON, POSTING_ENDS_ON));
    }

    @Test
    void aListedHouseholdNotYetSurveyedDoesNotHoldThePostingBack() {
        fixture.given(anAgreed())
                .andGiven(listed(BINH, THON_2))
                .when(new PostReview(REVIEW, POSTED_ON))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void notAgreed() {
        fixture.given(anAgreed())
                .andGiven(listed(BINH, THON_2), surveyed(BINH, SURVEYED_ON))
                .when(new PostReview(REVIEW, POSTED_ON))
                .expectException(violates(RuleCode.NOT_AGREED))
                .expectNoEvents();
    }

    @Test
    void nothingToPost() {
        fixture.given(opened(), listed(AN, THON_1))
                .when(new PostReview(REVIEW, POSTED_ON))
                .expectException(violates(RuleCode.NOTHING_TO_POST))
                .expectNoEvents();
    }

    @Test
    void resultsPostedStayUntilAComplaintIsUpheld() {
        fixture.given(anPosted())
                .when(new PostReview(REVIEW, POSTING_ENDS_ON))
                .expectException(violates(RuleCode.REVIEW_POSTED))
                .expectNoEvents();
    }

    @Test
    void theResultsArePostedAfterTheMeetingThatAgreedThem() {
        fixture.given(anAgreed())
                .when(new PostReview(REVIEW, MET_ON.minusDays(1)))
                .expectException(invalid("postedOn"))
                .expectNoEvents();
    }
}
