package vn.householdledger.command.review;

import static vn.householdledger.command.household.Refusals.invalid;
import static vn.householdledger.command.household.Refusals.violates;
import static vn.householdledger.command.review.ReviewFixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.api.review.DecisionAnswer;
import vn.householdledger.command.dispatch.RequestMetadata;
import vn.householdledger.events.review.ComplaintReceived;
import vn.householdledger.events.review.ReviewDecided;
import vn.householdledger.platform.problem.Forbidden;

/** The chair decides once the posting is over, every survey agreed and every complaint resolved. */
class DecisionTest {

    private static final String NUMBER = "125/QĐ-UBND";
    private AggregateTestFixture<Review> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static DecideReview decide(LocalDate on) {
        return new DecideReview(REVIEW, on, NUMBER);
    }

    @Test
    void theDecisionRecognisesEachSurveyedHouseholdsLatestAgreedSurvey() {
        fixture.given(opened(), listed(AN, THON_1), listed(BINH, THON_2), surveyed(AN, SURVEYED_ON), surveyed(AN, SURVEYED_ON.plusDays(2)),
                        agreed(THON_1, MET_ON, AN), posted(POSTED_ON))
                .when(decide(POSTING_ENDS_ON), Map.of(RequestMetadata.RECORDED_BY, "chu-tich"))
                .expectEvents(new ReviewDecided(REVIEW, "HA_LAN", 2018, POSTING_ENDS_ON, NUMBER, List.of(
                        new ReviewDecided.DecidedHousehold(AN, SURVEYED_ON.plusDays(2), 650_000, List.of("HOUSING_QUALITY"),
                                List.of(PovertyCause.LACK_CAPITAL), true, Classification.POOR))))
                .expectResultMessagePayload(new DecisionAnswer(1));
    }

    @Test
    void postingNotOver() {
        fixture.given(anPosted())
                .when(decide(POSTING_ENDS_ON.minusDays(1)))
                .expectException(violates(RuleCode.POSTING_NOT_OVER))
                .expectNoEvents();
    }

    @Test
    void complaintsOpen() {
        fixture.given(anPosted())
                .andGiven(new ComplaintReceived(REVIEW, COMPLAINT, AN, POSTED_ON, "Hộ đã có việc làm"))
                .when(decide(POSTING_ENDS_ON))
                .expectException(violates(RuleCode.COMPLAINTS_OPEN))
                .expectNoEvents();
    }

    @Test
    void notAgreed() {
        fixture.given(opened(), listed(AN, THON_1), surveyed(AN, SURVEYED_ON))
                .when(decide(POSTING_ENDS_ON))
                .expectException(violates(RuleCode.NOT_AGREED))
                .expectNoEvents();
    }

    @Test
    void notPosted() {
        fixture.given(anAgreed())
                .when(decide(POSTING_ENDS_ON))
                .expectException(violates(RuleCode.NOT_POSTED))
                .expectNoEvents();
    }

    @Test
    void reviewDecided() {
        fixture.given(anPosted())
                .andGiven(new ReviewDecided(REVIEW, "HA_LAN", 2018, POSTING_ENDS_ON, NUMBER, List.of()))
                .when(decide(POSTING_ENDS_ON))
                .expectException(violates(RuleCode.REVIEW_DECIDED))
                .expectNoEvents();
    }

    @Test
    void whoSurveyedHouseholdsOfTheReviewDoesNotDecideIt() {
        MetaData byTheWorker = MetaData.with(RequestMetadata.RECORDED_BY, "lan");
        fixture.given(opened(), listed(AN, THON_1))
                .andGiven(List.of(new GenericEventMessage<>(surveyed(AN, SURVEYED_ON), byTheWorker)))
                .andGiven(agreed(THON_1, MET_ON, AN), posted(POSTED_ON))
                .when(decide(POSTING_ENDS_ON), Map.of(RequestMetadata.RECORDED_BY, "lan"))
                .expectException(Forbidden.class)
                .expectNoEvents();
    }

    @Test
    void aReviewIsDecidedInItsYearOrTheJanuaryAfter() {
        fixture.given(anPosted())
                .when(decide(LocalDate.of(2018, 11, 5).minusYears(1)))
                .expectException(invalid("decidedOn"))
                .expectNoEvents();
    }
}
