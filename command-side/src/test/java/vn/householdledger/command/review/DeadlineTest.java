package vn.householdledger.command.review;

import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.CoreMatchers.equalTo;
import static vn.householdledger.command.review.ReviewFixtures.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.api.review.ListingReason;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.events.review.ReviewBecameOverdue;
import vn.householdledger.events.review.ReviewDecided;

/** A periodic review must be decided by 14 December of its year; a decided review's deadline records nothing. */
class DeadlineTest {

    private static final LocalDate DUE_ON = LocalDate.of(2018, 12, 14);
    /** The end of the due day in Vietnam (UTC+7). */
    private static final Instant DUE_DAY_ENDS = Instant.parse("2018-12-14T17:00:00Z");
    private AggregateTestFixture<Review> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    /** Opened, one household surveyed and agreed, the results posted: everything but the decision. */
    private static Object[] openedAndPosted() {
        return new Object[] {
                new OpenReview(REVIEW, "HA_LAN", 2018, ReviewKind.PERIODIC, OPENED_ON),
                new ListHousehold(REVIEW, AN, ListingReason.ON_LIST, OPENED_ON),
                new SurveyHousehold(REVIEW, AN, SURVEYED_ON, 650_000, List.of(), List.of(PovertyCause.LACK_CAPITAL), true),
                new HoldVillageMeeting(REVIEW, MEETING, THON_1, MET_ON, List.of("Trưởng thôn Lê Văn Cường"), List.of(AN), List.of()),
                new PostReview(REVIEW, POSTED_ON)};
    }

    @Test
    void aPeriodicReviewUndecidedWhenItsDueDayEndsBecomesOverdue() {
        fixture.givenCurrentTime(NOW)
                .andGivenCommands(openedAndPosted())
                .whenTimeAdvancesTo(DUE_DAY_ENDS)
                .expectDeadlinesMetMatching(exactSequenceOf(messageWithPayload(equalTo(new ReviewDue(DUE_ON)))))
                .expectEvents(new ReviewBecameOverdue(REVIEW, "HA_LAN", DUE_ON));
    }

    @Test
    void aReviewIsNotOverdueDuringItsDueDay() {
        fixture.givenCurrentTime(NOW)
                .andGivenCommands(openedAndPosted())
                .whenTimeAdvancesTo(DUE_DAY_ENDS.minusSeconds(60))
                .expectNoEvents();
    }

    @Test
    void theDecisionLeavesTheDeadlineToRun() {
        fixture.givenCurrentTime(NOW)
                .andGivenCommands(openedAndPosted())
                .when(new DecideReview(REVIEW, POSTING_ENDS_ON, "125/QĐ-UBND"))
                .expectScheduledDeadlineWithName(DUE_DAY_ENDS, ReviewDue.DEADLINE);
    }

    @Test
    void theDeadlineLeavesADecidedReviewAsItIs() {
        fixture.givenCurrentTime(NOW)
                .andGivenCommands(openedAndPosted())
                .andGiven(new ReviewDecided(REVIEW, "HA_LAN", 2018, POSTING_ENDS_ON, "125/QĐ-UBND", List.of()))
                .whenTimeAdvancesTo(DUE_DAY_ENDS)
                .expectDeadlinesMetMatching(exactSequenceOf(messageWithPayload(equalTo(new ReviewDue(DUE_ON)))))
                .expectNoEvents();
    }
}
