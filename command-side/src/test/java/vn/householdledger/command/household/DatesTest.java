package vn.householdledger.command.household;

import static org.axonframework.test.matchers.Matchers.predicate;
import static vn.householdledger.command.household.HouseholdFixtures.*;
import static vn.householdledger.command.household.Refusals.invalid;
import static vn.householdledger.command.household.Refusals.violates;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.assistance.AssistanceKind;
import vn.householdledger.api.household.ClosureReason;
import vn.householdledger.api.household.DepartureReason;
import vn.householdledger.api.household.Relation;
import vn.householdledger.api.household.Sex;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.events.assistance.HealthInsuranceIssued;
import vn.householdledger.events.household.HouseholdTransferred;
import vn.householdledger.events.household.Member;
import vn.householdledger.platform.problem.RuleViolation;

/**
 * Dates that hold: nothing about a household dated before its registration (each dated command, the
 * refusal naming its field), a transfer not before the last one, a birth date within a life of at most
 * {@value Household#LONGEST_LIFE_YEARS} years, and card numbers in the shapes Vietnam Social Security issues.
 */
class DatesTest {

    private static final LocalDate BEFORE = REGISTERED_ON.minusDays(1);
    private static final UUID CHILD = UUID.fromString("00000000-0000-0000-0000-00000000b003");

    private AggregateTestFixture<Household> fixture;

    @BeforeEach
    void setUp() {
        fixture = HouseholdFixtures.fixture(new InMemoryHouseholdRegistry());
    }

    /** Refused by DATED_BEFORE_REGISTRATION, naming {@code field}, and nothing recorded. */
    private void refusedBeforeRegistration(Object command, String field) {
        fixture.given(registered())
                .when(command)
                .expectException(violates(RuleCode.DATED_BEFORE_REGISTRATION))
                .expectException(predicate(e -> field.equals(((RuleViolation) e).field())))
                .expectNoEvents();
    }

    private static Member child(LocalDate birthDate) {
        return new Member(CHILD, "Nguyễn Thị Cúc", Sex.FEMALE, birthDate, Relation.CHILD, null);
    }

    @Test
    void aMemberDoesNotJoinBeforeTheRegistration() {
        refusedBeforeRegistration(new AddMember(HOUSEHOLD, child(LocalDate.of(2010, 1, 1)), BEFORE), "joinedOn");
    }

    @Test
    void aMemberDoesNotDepartBeforeTheRegistration() {
        refusedBeforeRegistration(new RecordDeparture(HOUSEHOLD, SPOUSE, DepartureReason.MOVED_OUT, BEFORE, null), "date");
    }

    @Test
    void aHeadDoesNotChangeBeforeTheRegistration() {
        refusedBeforeRegistration(new RecordDeparture(HOUSEHOLD, HEAD, DepartureReason.DIED, BEFORE, SPOUSE), "date");
    }

    @Test
    void anAssessmentIsNotDatedBeforeTheRegistration() {
        refusedBeforeRegistration(new AssessHousehold(HOUSEHOLD, 2016, LocalDate.of(2016, 2, 20), null, 650_000, List.of(),
                List.of(), true, ASSESSMENT, null, null, null), "assessedOn");
    }

    @Test
    void aTransferIsNotDatedBeforeTheRegistration() {
        refusedBeforeRegistration(new TransferHousehold(HOUSEHOLD, "BAC_SON", BEFORE), "date");
    }

    @Test
    void aClosureIsNotDatedBeforeTheRegistration() {
        refusedBeforeRegistration(new CloseHousehold(HOUSEHOLD, ClosureReason.MOVED_AWAY, BEFORE), "date");
    }

    @Test
    void aLoanIsNotDisbursedBeforeTheRegistration() {
        refusedBeforeRegistration(LoansTest.disburse(10_000_000, LoansTest.POOR_RATE, 36, LocalDate.of(2010, 5, 1),
                List.of("LACK_CAPITAL")), "disbursedOn");
    }

    @Test
    void aRepaymentIsNotPaidBeforeTheRegistration() {
        fixture.given(registered(), LoansTest.disbursed(10_000_000))
                .when(LoansTest.repay(LoansTest.REPAYMENT, 1_000_000, BEFORE))
                .expectException(violates(RuleCode.DATED_BEFORE_REGISTRATION))
                .expectException(predicate(e -> "paidOn".equals(((RuleViolation) e).field())))
                .expectNoEvents();
    }

    @Test
    void aCardIsNotValidFromBeforeTheRegistration() {
        refusedBeforeRegistration(HealthInsuranceTest.issue(HealthInsuranceTest.CARD, HEAD, BEFORE, LocalDate.of(2016, 12, 31), 100),
                "validFrom");
    }

    @Test
    void helpIsNotProvidedBeforeTheRegistration() {
        refusedBeforeRegistration(new ProvideAssistance(HOUSEHOLD, OtherAssistanceTest.ASSISTANCE, AssistanceKind.HOUSING, "Sửa nhà",
                5_000_000L, BEFORE, "Quỹ Vì người nghèo", List.of("HOUSING_QUALITY")), "providedOn");
    }

    @Test
    void whatHappensOnTheDayOfTheRegistrationIsRecorded() {
        fixture.given(registered())
                .when(new CloseHousehold(HOUSEHOLD, ClosureReason.MOVED_AWAY, REGISTERED_ON))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aTransferIsNotDatedBeforeTheLastOne() {
        LocalDate moved = LocalDate.of(2017, 5, 1);
        fixture.given(registered(), new HouseholdTransferred(HOUSEHOLD, "HA_LAN", "BAC_SON", moved))
                .when(new TransferHousehold(HOUSEHOLD, "HA_LAN", moved.minusDays(1)))
                .expectException(violates(RuleCode.TRANSFER_OUT_OF_ORDER))
                .expectNoEvents();
        fixture.given(registered(), new HouseholdTransferred(HOUSEHOLD, "HA_LAN", "BAC_SON", moved))
                .when(new TransferHousehold(HOUSEHOLD, "HA_LAN", moved))
                .expectEvents(new HouseholdTransferred(HOUSEHOLD, "BAC_SON", "HA_LAN", moved));
    }

    @Test
    void nothingIsDatedAfterToday() {
        fixture.given(registered())
                .when(new TransferHousehold(HOUSEHOLD, "BAC_SON", TODAY.plusDays(1)))
                .expectException(invalid("date"))
                .expectNoEvents();
    }

    @Test
    void aBirthDateLiesWithinALifeBeforeTheRegistration() {
        Member ancient = member(HEAD, Relation.HEAD, null);
        Member born1800 = new Member(HEAD, ancient.fullName(), ancient.sex(), LocalDate.of(1800, 1, 1), Relation.HEAD, null);
        fixture.given()
                .when(register(List.of(spouse(), born1800)))
                .expectException(invalid("members[1].birthDate"))
                .expectNoEvents();
        Member oldest = new Member(HEAD, ancient.fullName(), ancient.sex(), REGISTERED_ON.minusYears(120), Relation.HEAD, null);
        fixture.given()
                .when(register(List.of(oldest)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aJoiningMemberIsBornWithinALifeAndNotInTheFuture() {
        fixture.given(registered())
                .when(new AddMember(HOUSEHOLD, child(LocalDate.of(2018, 6, 1).minusYears(121)), LocalDate.of(2018, 6, 1)))
                .expectException(invalid("birthDate"))
                .expectNoEvents();
        fixture.given(registered())
                .when(new AddMember(HOUSEHOLD, child(TODAY.plusDays(1)), TODAY))
                .expectException(invalid("birthDate"))
                .expectNoEvents();
    }

    @Test
    void aCardNumberIsTheFifteenCharacterCodeOrTheTenDigitSocialInsuranceNumber() {
        for (String number : List.of("HN4380123456789", "cn3380123456789", "3801234567")) {
            fixture.given(registered())
                    .when(new IssueHealthInsurance(HOUSEHOLD, HealthInsuranceTest.CARD, HEAD, number, LocalDate.of(2018, 1, 1),
                            LocalDate.of(2018, 12, 31), 100, "Ngân sách nhà nước"))
                    .expectEvents(new HealthInsuranceIssued(HOUSEHOLD, HealthInsuranceTest.CARD, HEAD, number.toUpperCase(),
                            LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), 100, "Ngân sách nhà nước"));
        }
    }

    @Test
    void aCardNumberOfAnotherShapeIsRefused() {
        for (String number : List.of("!!", "HN6380123456789", "HN438012345678", "HN43801234567890", "38012345678", "H14380123456789",
                "HN 4380123456789")) {
            fixture.given(registered())
                    .when(new IssueHealthInsurance(HOUSEHOLD, HealthInsuranceTest.CARD, HEAD, number, LocalDate.of(2018, 1, 1),
                            LocalDate.of(2018, 12, 31), 100, "Ngân sách nhà nước"))
                    .expectException(invalid("cardNumber"))
                    .expectNoEvents();
        }
    }
}
