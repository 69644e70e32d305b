package vn.householdledger.command.household;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.instanceOf;
import static vn.householdledger.command.household.HouseholdFixtures.*;
import static vn.householdledger.command.household.Refusals.invalid;
import static vn.householdledger.command.household.Refusals.violates;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.household.AssessmentVoidingAnswer;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.ClosureReason;
import vn.householdledger.api.household.ListedStatus;
import vn.householdledger.api.household.PolicyGroup;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.events.household.AssessmentRestated;
import vn.householdledger.events.household.AssessmentVoided;
import vn.householdledger.events.household.ClassMove;
import vn.householdledger.events.household.HouseholdAssessed;
import vn.householdledger.events.household.HouseholdBecamePoor;
import vn.householdledger.events.household.HouseholdClosed;
import vn.householdledger.events.household.HouseholdEscapedPoverty;
import vn.householdledger.platform.problem.NotFound;

/**
 * Voiding an assessment: the household stands on the others as if it had not been made. Each later
 * assessment whose place changes is restated, and last the one the status rests on. Reviews of a rural
 * household on 15 November: POOR at 600,000, NEAR_POOR at 800,000, NOT_POOR at 1,500,000.
 */
class AssessmentVoidingTest {

    private static final String REASON = "Nhập nhầm thu nhập";
    private static final UUID A2016 = UUID.fromString("00000000-0000-0000-0000-00000000c016");
    private static final UUID A2017 = UUID.fromString("00000000-0000-0000-0000-00000000c017");
    private static final UUID A2018 = UUID.fromString("00000000-0000-0000-0000-00000000c018");

    private AggregateTestFixture<Household> fixture;

    @BeforeEach
    void setUp() {
        fixture = HouseholdFixtures.fixture(new InMemoryHouseholdRegistry());
    }

    static LocalDate on(int year) {
        return LocalDate.of(year, 11, 15);
    }

    static AssessHousehold assess(UUID id, int year, Classification classification) {
        long income = switch (classification) {
            case POOR -> 600_000;
            case NEAR_POOR -> 800_000;
            case NOT_POOR -> 1_500_000;
        };
        return new AssessHousehold(HOUSEHOLD, year, on(year), null, income, List.of(), List.of(), true, id, null, null, null);
    }

    static VoidAssessment voiding(UUID id) {
        return new VoidAssessment(HOUSEHOLD, id, REASON);
    }

    private static AssessmentVoided voided(UUID id) {
        return new AssessmentVoided(HOUSEHOLD, id, REASON, TODAY);
    }

    private static AssessmentRestated restated(UUID id, int year, Classification classification, Classification previous,
                                               LocalDate since, LocalDate left, ClassMove move) {
        return new AssessmentRestated(HOUSEHOLD, id, TODAY, year, on(year), classification, PolicyGroup.POVERTY_REDUCTION,
                previous, since, left, move);
    }

    private static AssessmentVoidingAnswer answer(UUID id, Classification classification, ListedStatus status, LocalDate since) {
        return new AssessmentVoidingAnswer(HOUSEHOLD, id, true, classification, status, since);
    }

    @Test
    void theOnlyAssessmentVoidedLeavesTheHouseholdUnassessed() {
        fixture.given(registered())
                .andGivenCommands(assess(A2016, 2016, Classification.POOR))
                .when(voiding(A2016))
                .expectEvents(voided(A2016))
                .expectResultMessagePayload(answer(A2016, null, null, null));
    }

    @Test
    void aMistypedEscapeVoidedPutsTheHouseholdBackOnTheListsSinceItsEarlierAssessment() {
        fixture.given(registered())
                .andGivenCommands(assess(A2016, 2016, Classification.POOR), assess(A2017, 2017, Classification.NOT_POOR))
                .when(voiding(A2017))
                .expectEvents(voided(A2017), restated(A2016, 2016, Classification.POOR, null, on(2016), null, ClassMove.BECAME_POOR))
                .expectResultMessagePayload(answer(A2017, Classification.POOR, ListedStatus.POOR, on(2016)));
    }

    /** The case: a typo that left a false escape and a false fall back in the flows. */
    @Test
    void aMistypedEscapeBetweenTwoPoorAssessmentsTakesItsFallBackWithIt() {
        fixture.given(registered())
                .andGivenCommands(assess(A2016, 2016, Classification.POOR), assess(A2017, 2017, Classification.NOT_POOR),
                        assess(A2018, 2018, Classification.POOR))
                .when(voiding(A2017))
                .expectEvents(voided(A2017), restated(A2018, 2018, Classification.POOR, Classification.POOR, on(2016), null, null))
                .expectResultMessagePayload(answer(A2017, Classification.POOR, ListedStatus.POOR, on(2016)));
    }

    @Test
    void anEarlierEscapeVoidedMakesTheNextNotPoorAssessmentTheEscape() {
        fixture.given(registered())
                .andGivenCommands(assess(A2016, 2016, Classification.POOR), assess(A2017, 2017, Classification.NOT_POOR),
                        assess(A2018, 2018, Classification.NOT_POOR))
                .when(voiding(A2017))
                .expectEvents(voided(A2017), restated(A2018, 2018, Classification.NOT_POOR, Classification.POOR, on(2018),
                        on(2018), ClassMove.ESCAPED_POVERTY))
                .expectResultMessagePayload(answer(A2017, Classification.NOT_POOR, ListedStatus.NEWLY_ESCAPED, on(2018)));
    }

    @Test
    void aFallBackWithoutTheEscapeBeforeItIsRestatedAsNewlyPoor() {
        UUID a2019 = UUID.fromString("00000000-0000-0000-0000-00000000c019");
        fixture.given(registered())
                .andGivenCommands(assess(A2016, 2016, Classification.NEAR_POOR), assess(A2017, 2017, Classification.POOR),
                        assess(A2018, 2018, Classification.NEAR_POOR))
                .andGivenCommands(new AssessHousehold(HOUSEHOLD, 2018, on(2018).plusDays(1), null, 600_000, List.of(), List.of(),
                        true, a2019, null, null, null))
                .when(voiding(A2017))
                .expectEvents(voided(A2017),
                        restated(A2018, 2018, Classification.NEAR_POOR, Classification.NEAR_POOR, on(2016), null, null),
                        new AssessmentRestated(HOUSEHOLD, a2019, TODAY, 2018, on(2018).plusDays(1), Classification.POOR,
                                PolicyGroup.POVERTY_REDUCTION, Classification.NEAR_POOR, on(2018).plusDays(1), null,
                                ClassMove.BECAME_POOR));
    }

    @Test
    void aVoidedEscapeIsNoEscapeForTheMovesThatFollow() {
        fixture.given(registered())
                .andGivenCommands(assess(A2016, 2016, Classification.POOR), assess(A2017, 2017, Classification.NEAR_POOR),
                        voiding(A2016))
                .when(assess(A2018, 2018, Classification.POOR))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(instanceOf(HouseholdAssessed.class),
                        matches(move -> move instanceof HouseholdBecamePoor poor && poor.from() == Classification.NEAR_POOR),
                        andNoMore())));
    }

    @Test
    void theNextAssessmentMovesFromTheStatusThatStandsAndMayBeDatedBeforeTheVoidedOne() {
        LocalDate before = on(2017).minusDays(1);
        fixture.given(registered())
                .andGivenCommands(assess(A2016, 2016, Classification.POOR), assess(A2017, 2017, Classification.NEAR_POOR),
                        voiding(A2017))
                .when(new AssessHousehold(HOUSEHOLD, 2017, before, null, 1_500_000, List.of(), List.of(), true, A2018, null, null,
                        null))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(event -> event instanceof HouseholdAssessed a && a.previousClassification() == Classification.POOR
                                && before.equals(a.leftListsOn())),
                        matches(move -> move instanceof HouseholdEscapedPoverty escape && escape.to() == Classification.NOT_POOR),
                        andNoMore())));
    }

    @Test
    void anAssessmentTheHouseholdDoesNotHaveIsNotFound() {
        fixture.given(registered())
                .andGivenCommands(assess(A2016, 2016, Classification.POOR))
                .when(voiding(A2017))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void anAssessmentIsVoidedOnce() {
        fixture.given(registered())
                .andGivenCommands(assess(A2016, 2016, Classification.POOR), assess(A2017, 2017, Classification.NOT_POOR),
                        voiding(A2017))
                .when(voiding(A2017))
                .expectException(violates(RuleCode.ASSESSMENT_ALREADY_VOIDED))
                .expectNoEvents();
    }

    @Test
    void aClosedCaseVoidsNothing() {
        fixture.given(registered())
                .andGivenCommands(assess(A2016, 2016, Classification.POOR))
                .andGiven(new HouseholdClosed(HOUSEHOLD, ClosureReason.MOVED_AWAY, LocalDate.of(2018, 5, 1)))
                .when(voiding(A2016))
                .expectException(violates(RuleCode.HOUSEHOLD_CLOSED))
                .expectNoEvents();
    }

    @Test
    void aVoidingSaysWhy() {
        fixture.given(registered())
                .andGivenCommands(assess(A2016, 2016, Classification.POOR))
                .when(new VoidAssessment(HOUSEHOLD, A2016, " "))
                .expectException(invalid("reason"))
                .expectNoEvents();
    }
}
