package vn.householdledger.command.household;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.instanceOf;
import static vn.householdledger.command.household.HouseholdFixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.household.AssessmentOutcome;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.ClosureReason;
import vn.householdledger.api.household.DepartureReason;
import vn.householdledger.api.household.ListedStatus;
import vn.householdledger.api.household.PolicyGroup;
import vn.householdledger.api.household.PovertyBasis;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.events.household.HouseholdAssessed;
import vn.householdledger.events.household.HouseholdBecamePoor;
import vn.householdledger.events.household.HouseholdEscapedPoverty;
import vn.householdledger.events.household.HouseholdClosed;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.platform.problem.RuleViolation;

/** The rules of an assessment; the moves between classes are in {@link StatusMovesTest}. */
class AssessmentTest {

    private static final LocalDate REVIEW_2018 = LocalDate.of(2018, 11, 20);
    private AggregateTestFixture<Household> fixture;

    @BeforeEach
    void setUp() {
        fixture = HouseholdFixtures.fixture(new InMemoryHouseholdRegistry());
    }

    static AssessHousehold assess(int year, LocalDate on, long income, List<String> deprivations, List<PovertyCause> causes) {
        return new AssessHousehold(HOUSEHOLD, year, on, null, income, deprivations, causes, true, ASSESSMENT, null, null, null);
    }

    @Test
    void theStandardOfTheReviewYearClassifiesAndExplains() {
        fixture.given(registered())
                .when(assess(2018, REVIEW_2018, 650_000, List.of("HEALTH_INSURANCE"), List.of(PovertyCause.LONG_ILLNESS)))
                .expectResultMessagePayload(new AssessmentOutcome(HOUSEHOLD, 2018, Classification.POOR, PovertyBasis.BY_INCOME,
                        "VN_2016_2020", POOR_BY_INCOME_IN_WORDS, ListedStatus.POOR, REVIEW_2018, PolicyGroup.POVERTY_REDUCTION, ASSESSMENT))
                .expectEvents(
                        new HouseholdAssessed(HOUSEHOLD, 2018, REVIEW_2018, "VN_2016_2020", "HA_LAN", Area.RURAL, 650_000,
                                List.of("HEALTH_INSURANCE"), List.of(PovertyCause.LONG_ILLNESS), true,
                                PolicyGroup.POVERTY_REDUCTION, Classification.POOR, PovertyBasis.BY_INCOME, POOR_BY_INCOME,
                                null, REVIEW_2018, null, ASSESSMENT, ReviewKind.PERIODIC, null, null),
                        new HouseholdBecamePoor(HOUSEHOLD, 2018, REVIEW_2018, null));
    }

    @Test
    void theKindAndDecisionNumberOfTheReviewAreRecorded() {
        UUID review = UUID.fromString("00000000-0000-0000-0000-00000000d001");
        fixture.given(registered())
                .when(new AssessHousehold(HOUSEHOLD, 2018, REVIEW_2018, null, 650_000, List.of(), List.of(), true, ASSESSMENT,
                        ReviewKind.AD_HOC, review, "125/QĐ-UBND"))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(matches(event -> event instanceof HouseholdAssessed a
                        && a.kind() == ReviewKind.AD_HOC && review.equals(a.reviewId()) && "125/QĐ-UBND".equals(a.decisionNumber())
                        && ASSESSMENT.equals(a.assessmentId())), instanceOf(HouseholdBecamePoor.class), andNoMore())));
    }

    /** The review's decision process may send a household's step again (after a crash): it applies once. */
    @Test
    void aReviewsDecisionTakenAlreadyAnswersAsItDidAndRecordsNothing() {
        UUID review = UUID.fromString("00000000-0000-0000-0000-00000000d001");
        AssessHousehold decided = new AssessHousehold(HOUSEHOLD, 2018, REVIEW_2018, null, 650_000, List.of(), List.of(), true,
                ASSESSMENT, ReviewKind.PERIODIC, review, "125/QĐ-UBND");
        AssessHousehold again = new AssessHousehold(HOUSEHOLD, 2018, REVIEW_2018, null, 650_000, List.of(), List.of(), true,
                UUID.randomUUID(), ReviewKind.PERIODIC, review, "125/QĐ-UBND");
        AssessmentOutcome first = new AssessmentOutcome(HOUSEHOLD, 2018, Classification.POOR, PovertyBasis.BY_INCOME,
                "VN_2016_2020", POOR_BY_INCOME_IN_WORDS, ListedStatus.POOR, REVIEW_2018, PolicyGroup.POVERTY_REDUCTION, ASSESSMENT);
        fixture.given(registered())
                .andGivenCommands(decided)
                .when(again)
                .expectNoEvents()
                .expectResultMessagePayload(first);
        fixture.given(registered())
                .andGivenCommands(decided, AssessmentVoidingTest.voiding(ASSESSMENT))
                .andGiven(new HouseholdClosed(HOUSEHOLD, ClosureReason.MOVED_AWAY, LocalDate.of(2018, 12, 1)))
                .when(again)
                .expectNoEvents()
                .expectResultMessagePayload(first);
    }

    @Test
    void anotherReviewIsAnotherDecision() {
        AssessHousehold first = new AssessHousehold(HOUSEHOLD, 2018, REVIEW_2018, null, 650_000, List.of(), List.of(), true,
                ASSESSMENT, ReviewKind.AD_HOC, UUID.randomUUID(), "12/QĐ-UBND");
        fixture.given(registered())
                .andGivenCommands(first)
                .when(new AssessHousehold(HOUSEHOLD, 2018, REVIEW_2018.plusDays(5), null, 1_500_000, List.of(), List.of(), true,
                        UUID.randomUUID(), ReviewKind.PERIODIC, UUID.randomUUID(), "125/QĐ-UBND"))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(instanceOf(HouseholdAssessed.class),
                        instanceOf(HouseholdEscapedPoverty.class), andNoMore())));
    }

    @Test
    void noMemberAbleToWorkPutsThePoorHouseholdUnderSocialProtection() {
        fixture.given(registered())
                .when(new AssessHousehold(HOUSEHOLD, 2018, REVIEW_2018, null, 500_000, List.of(), List.of(), false, ASSESSMENT, null, null, null))
                .expectResultMessagePayloadMatching(org.axonframework.test.matchers.Matchers.predicate(
                        outcome -> ((AssessmentOutcome) outcome).policyGroup() == PolicyGroup.SOCIAL_PROTECTION));
    }

    @Test
    void atMostTwoDistinctCauses() {
        fixture.given(registered())
                .when(assess(2018, REVIEW_2018, 650_000, List.of(),
                        List.of(PovertyCause.LACK_CAPITAL, PovertyCause.LACK_LAND, PovertyCause.LACK_JOBS)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("An assessment names at most two causes of poverty, not 3")
                .expectNoEvents();
    }

    @Test
    void aCauseNamedTwiceCountsOnce() {
        fixture.given(registered())
                .when(assess(2018, REVIEW_2018, 650_000, List.of(),
                        List.of(PovertyCause.LACK_CAPITAL, PovertyCause.LACK_CAPITAL, PovertyCause.LACK_LAND)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void indicatorsMustBelongToTheStandardUsed() {
        fixture.given(registered())
                .when(assess(2018, REVIEW_2018, 650_000, List.of("DOMESTIC_WATER"), List.of()))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("deprivations: [DOMESTIC_WATER] are not indicators of VN_2016_2020")
                .expectNoEvents();
    }

    @Test
    void aStandardNamedMustBeTheOneOfTheListsTheReviewSets() {
        fixture.given(registered())
                .when(new AssessHousehold(HOUSEHOLD, 2018, REVIEW_2018, "VN_2021_2025", 650_000, List.of(), List.of(), true, ASSESSMENT, null, null, null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("standard: the periodic review of 2018 sets the lists of 2019, governed by VN_2016_2020, not VN_2021_2025")
                .expectNoEvents();
    }

    @Test
    void anUnknownStandardIsRefused() {
        fixture.given(registered())
                .when(new AssessHousehold(HOUSEHOLD, 2018, REVIEW_2018, "VN_1990", 650_000, List.of(), List.of(), true, ASSESSMENT, null, null, null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void aReviewYearWithoutAStandardIsRefused() {
        fixture.given(registeredOn(LocalDate.of(2014, 1, 2)))
                .when(assess(2014, LocalDate.of(2014, 12, 1), 650_000, List.of(), List.of()))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void incomeMustNotBeNegative() {
        fixture.given(registered())
                .when(assess(2018, REVIEW_2018, -1, List.of(), List.of()))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void theAssessmentDateMustNotBeInTheFuture() {
        fixture.given(registered())
                .when(assess(2018, TODAY.plusDays(1), 650_000, List.of(), List.of()))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("assessedOn: must not be in the future (Vietnam's date)")
                .expectNoEvents();
    }

    @Test
    void theAssessmentDateFallsWithinTheReviewYearOrTheJanuaryAfter() {
        fixture.given(registered())
                .when(assess(2017, LocalDate.of(2018, 2, 1), 650_000, List.of(), List.of()))
                .expectException(InvalidInput.class)
                .expectNoEvents();
        fixture.given(registered())
                .when(assess(2017, LocalDate.of(2018, 1, 31), 650_000, List.of(), List.of()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anAssessmentCannotBeDatedBeforeTheLastOne() {
        fixture.given(registered())
                .andGivenCommands(assess(2018, REVIEW_2018, 650_000, List.of(), List.of()))
                .when(assess(2018, REVIEW_2018.minusDays(1), 650_000, List.of(), List.of()))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aClosedHouseholdTakesNoAssessment() {
        fixture.given(registered(), new HouseholdClosed(HOUSEHOLD, ClosureReason.MOVED_AWAY, LocalDate.of(2018, 5, 1)))
                .when(assess(2018, REVIEW_2018, 650_000, List.of(), List.of()))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("The household's case is closed; it takes no more records")
                .expectNoEvents();
    }

    @Test
    void aClosedHouseholdTakesNoMember() {
        fixture.given(registered(), new HouseholdClosed(HOUSEHOLD, ClosureReason.DISSOLVED, LocalDate.of(2018, 5, 1)))
                .when(new RecordDeparture(HOUSEHOLD, SPOUSE, DepartureReason.DIED, LocalDate.of(2018, 6, 1), null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
