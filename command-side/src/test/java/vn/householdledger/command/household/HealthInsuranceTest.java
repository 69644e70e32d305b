package vn.householdledger.command.household;

import static vn.householdledger.command.household.HouseholdFixtures.*;
import static vn.householdledger.command.household.Refusals.invalid;
import static vn.householdledger.command.household.Refusals.violates;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.assistance.RecordKind;
import vn.householdledger.api.household.DepartureReason;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.events.assistance.HealthInsuranceIssued;
import vn.householdledger.events.assistance.RecordVoided;
import vn.householdledger.events.household.MemberDeparted;

class HealthInsuranceTest {

    static final UUID CARD = UUID.fromString("00000000-0000-0000-0000-00000000e001");
    private static final UUID NEXT_CARD = UUID.fromString("00000000-0000-0000-0000-00000000e002");
    private static final LocalDate FROM = LocalDate.of(2018, 1, 1);
    private static final LocalDate TO = LocalDate.of(2018, 12, 31);

    private AggregateTestFixture<Household> fixture;

    @BeforeEach
    void setUp() {
        fixture = HouseholdFixtures.fixture(new InMemoryHouseholdRegistry());
    }

    static IssueHealthInsurance issue(UUID cardId, UUID memberId, LocalDate from, LocalDate to, int subsidy) {
        return new IssueHealthInsurance(HOUSEHOLD, cardId, memberId, "HN4380123456789", from, to, subsidy, "Ngân sách nhà nước");
    }

    static HealthInsuranceIssued issued(UUID cardId, UUID memberId, LocalDate from, LocalDate to) {
        return new HealthInsuranceIssued(HOUSEHOLD, cardId, memberId, "HN4380123456789", from, to, 100, "Ngân sách nhà nước");
    }

    @Test
    void aCardIsIssuedToAPresentMember() {
        fixture.given(registered())
                .when(issue(CARD, SPOUSE, FROM, TO, 100))
                .expectEvents(issued(CARD, SPOUSE, FROM, TO));
    }

    @Test
    void aMemberWhoDepartedGetsNoCard() {
        fixture.given(registered(), new MemberDeparted(HOUSEHOLD, SPOUSE, DepartureReason.MOVED_OUT, FROM, null))
                .when(issue(CARD, SPOUSE, FROM, TO, 100))
                .expectException(invalid("memberId"))
                .expectNoEvents();
    }

    @Test
    void someoneOutsideTheHouseholdGetsNoCard() {
        fixture.given(registered())
                .when(issue(CARD, UUID.randomUUID(), FROM, TO, 100))
                .expectException(invalid("memberId"))
                .expectNoEvents();
    }

    @Test
    void aCardEndsNoEarlierThanItStarts() {
        fixture.given(registered())
                .when(issue(CARD, HEAD, TO, FROM, 100))
                .expectException(invalid("validTo"))
                .expectNoEvents();
    }

    @Test
    void aCardMayStartAfterTodayForItIsHandedOutBeforeItsYear() {
        fixture.given(registered())
                .when(issue(CARD, HEAD, TODAY.plusDays(17), TODAY.plusYears(1), 100))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theStateSubsidyIsNotNegative() {
        fixture.given(registered())
                .when(issue(CARD, HEAD, FROM, TO, -1))
                .expectException(invalid("stateSubsidyPercent"))
                .expectNoEvents();
    }

    @Test
    void theStateSubsidyIsAtMostAHundredPercent() {
        fixture.given(registered())
                .when(issue(CARD, HEAD, FROM, TO, 101))
                .expectException(invalid("stateSubsidyPercent"))
                .expectNoEvents();
    }

    @Test
    void oneMembersCardsNeverOverlap() {
        fixture.given(registered(), issued(CARD, HEAD, FROM, TO))
                .when(issue(NEXT_CARD, HEAD, TO.minusMonths(1), TO.plusYears(1), 100))
                .expectException(violates(RuleCode.INSURANCE_OVERLAP))
                .expectNoEvents();
    }

    @Test
    void aCardStartingOnTheDayTheLastOneEndsOverlapsIt() {
        fixture.given(registered(), issued(CARD, HEAD, FROM, TO))
                .when(issue(NEXT_CARD, HEAD, TO, TO.plusYears(1), 100))
                .expectException(violates(RuleCode.INSURANCE_OVERLAP))
                .expectNoEvents();
    }

    @Test
    void aCardStartingTheDayAfterTheLastOneEndsIsIssued() {
        fixture.given(registered(), issued(CARD, HEAD, FROM, TO))
                .when(issue(NEXT_CARD, HEAD, TO.plusDays(1), TO.plusYears(1), 100))
                .expectEvents(issued(NEXT_CARD, HEAD, TO.plusDays(1), TO.plusYears(1)));
    }

    @Test
    void twoMembersMayHoldCardsForTheSamePeriod() {
        fixture.given(registered(), issued(CARD, HEAD, FROM, TO))
                .when(issue(NEXT_CARD, SPOUSE, FROM, TO, 100))
                .expectEvents(issued(NEXT_CARD, SPOUSE, FROM, TO));
    }

    @Test
    void aVoidedCardNoLongerBlocksAnOverlappingOne() {
        fixture.given(registered(), issued(CARD, HEAD, FROM, TO),
                        new RecordVoided(HOUSEHOLD, CARD, RecordKind.HEALTH_INSURANCE, "Sai số thẻ", FROM.plusDays(3)))
                .when(issue(NEXT_CARD, HEAD, FROM, TO, 100))
                .expectEvents(issued(NEXT_CARD, HEAD, FROM, TO));
    }
}
