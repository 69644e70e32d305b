package vn.householdledger.command.review;

import static vn.householdledger.command.household.Refusals.invalid;
import static vn.householdledger.command.household.Refusals.violates;
import static vn.householdledger.command.review.ReviewFixtures.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.events.review.ReviewOpened;

/** Opening a review: the standard of the lists it sets, its due day, and one undecided review per commune and kind. */
class OpeningTest {

    private static final UUID EARLIER = UUID.fromString("00000000-0000-0000-0000-0000000e0002");
    private AggregateTestFixture<Review> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void aPeriodicReviewAppliesTheStandardOfNextYearsListsAndIsDueOnTheFourteenthOfDecember() {
        fixture.givenNoPriorActivity()
                .when(new OpenReview(REVIEW, "HA_LAN", 2018, ReviewKind.PERIODIC, OPENED_ON))
                .expectEvents(new ReviewOpened(REVIEW, "HA_LAN", 2018, ReviewKind.PERIODIC, "VN_2016_2020", 2019, OPENED_ON))
                .expectScheduledDeadlineWithName(Instant.parse("2018-12-14T17:00:00Z"), ReviewDue.DEADLINE);
    }

    @Test
    void anAdHocReviewSetsTheListsOfItsOwnYearAndHasNoDueDay() {
        LocalDate on = LocalDate.of(2018, 6, 15);
        fixture.givenNoPriorActivity()
                .when(new OpenReview(REVIEW, "HA_LAN", 2018, ReviewKind.AD_HOC, on))
                .expectEvents(new ReviewOpened(REVIEW, "HA_LAN", 2018, ReviewKind.AD_HOC, "VN_2016_2020", 2018, on))
                .expectNoScheduledDeadlines();
    }

    @Test
    void reviewAlreadyOpen() {
        fixture.registerCommandHandlerInterceptor(new ReviewUniqueness(
                new InMemoryReviewDirectory().with(EARLIER, "HA_LAN", ReviewKind.PERIODIC, false)));
        fixture.givenNoPriorActivity()
                .when(new OpenReview(REVIEW, "HA_LAN", 2018, ReviewKind.PERIODIC, OPENED_ON))
                .expectException(violates(RuleCode.REVIEW_ALREADY_OPEN))
                .expectNoEvents();
    }

    @Test
    void aDecidedReviewOrOneOfAnotherKindLeavesRoomForANewOne() {
        fixture.registerCommandHandlerInterceptor(new ReviewUniqueness(new InMemoryReviewDirectory()
                .with(EARLIER, "HA_LAN", ReviewKind.PERIODIC, true)
                .with(UUID.randomUUID(), "HA_LAN", ReviewKind.AD_HOC, false)));
        fixture.givenNoPriorActivity()
                .when(new OpenReview(REVIEW, "HA_LAN", 2018, ReviewKind.PERIODIC, OPENED_ON))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void noReviewOpensInAUnitMergedAwayByThatDay() {
        ReviewFixtures.fixture(communes().merged("HA_LAN", "QUANG_TRUNG", OPENED_ON))
                .givenNoPriorActivity()
                .when(new OpenReview(REVIEW, "HA_LAN", 2018, ReviewKind.PERIODIC, OPENED_ON))
                .expectException(violates(RuleCode.UNIT_DISSOLVED))
                .expectNoEvents();
    }

    @Test
    void aReviewIsOpenedInItsOwnYear() {
        fixture.givenNoPriorActivity()
                .when(new OpenReview(REVIEW, "HA_LAN", 2017, ReviewKind.PERIODIC, OPENED_ON))
                .expectException(invalid("openedOn"))
                .expectNoEvents();
    }

    @Test
    void aReviewIsOfAKnownCommune() {
        fixture.givenNoPriorActivity()
                .when(new OpenReview(REVIEW, "NOWHERE", 2018, ReviewKind.PERIODIC, OPENED_ON))
                .expectException(invalid("communeCode"))
                .expectNoEvents();
    }
}
