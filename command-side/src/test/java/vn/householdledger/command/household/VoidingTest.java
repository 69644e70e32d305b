package vn.householdledger.command.household;

import static vn.householdledger.command.household.HouseholdFixtures.*;
import static vn.householdledger.command.household.LoansTest.DISBURSED_ON;
import static vn.householdledger.command.household.LoansTest.LOAN;
import static vn.householdledger.command.household.LoansTest.REPAYMENT;
import static vn.householdledger.command.household.LoansTest.SECOND_REPAYMENT;
import static vn.householdledger.command.household.LoansTest.disbursed;
import static vn.householdledger.command.household.Refusals.invalid;
import static vn.householdledger.command.household.Refusals.violates;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.assistance.RecordKind;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.events.assistance.LoanReopened;
import vn.householdledger.events.assistance.LoanRepaid;
import vn.householdledger.events.assistance.LoanSettled;
import vn.householdledger.events.assistance.RecordVoided;
import vn.householdledger.platform.problem.NotFound;

class VoidingTest {

    private static final String REASON = "Nhập nhầm hộ";
    private static final LocalDate PAID_ON = DISBURSED_ON.plusMonths(6);

    private AggregateTestFixture<Household> fixture;

    @BeforeEach
    void setUp() {
        fixture = HouseholdFixtures.fixture(new InMemoryHouseholdRegistry());
    }

    private static VoidRecord voiding(RecordKind kind, UUID recordId) {
        return new VoidRecord(HOUSEHOLD, kind, recordId, kind == RecordKind.REPAYMENT ? LOAN : null, REASON);
    }

    private static RecordVoided voided(RecordKind kind, UUID recordId) {
        return new RecordVoided(HOUSEHOLD, recordId, kind, REASON, TODAY);
    }

    private static LoanRepaid repaid(UUID repaymentId, long amount, long outstandingAfter) {
        return new LoanRepaid(HOUSEHOLD, LOAN, repaymentId, amount, PAID_ON, outstandingAfter);
    }

    @Test
    void aLoanWithoutRepaymentsIsVoidedOnTodaysDateWithItsReason() {
        fixture.given(registered(), disbursed(30_000_000))
                .when(voiding(RecordKind.LOAN, LOAN))
                .expectEvents(voided(RecordKind.LOAN, LOAN))
                .expectResultMessagePayload(null);
    }

    @Test
    void aLoanWithRepaymentsThatCountIsNotVoided() {
        fixture.given(registered(), disbursed(30_000_000), repaid(REPAYMENT, 1_000_000, 29_000_000))
                .when(voiding(RecordKind.LOAN, LOAN))
                .expectException(violates(RuleCode.LOAN_HAS_REPAYMENTS))
                .expectNoEvents();
    }

    @Test
    void aLoanIsVoidedOnceItsRepaymentsAreVoided() {
        fixture.given(registered(), disbursed(30_000_000), repaid(REPAYMENT, 1_000_000, 29_000_000),
                        voided(RecordKind.REPAYMENT, REPAYMENT))
                .when(voiding(RecordKind.LOAN, LOAN))
                .expectEvents(voided(RecordKind.LOAN, LOAN));
    }

    @Test
    void aRecordIsVoidedOnlyOnce() {
        fixture.given(registered(), OtherAssistanceTest.provided(OtherAssistanceTest.ASSISTANCE, 1L),
                        voided(RecordKind.ASSISTANCE, OtherAssistanceTest.ASSISTANCE))
                .when(voiding(RecordKind.ASSISTANCE, OtherAssistanceTest.ASSISTANCE))
                .expectException(violates(RuleCode.ALREADY_VOIDED))
                .expectNoEvents();
    }

    @Test
    void aRepaymentIsVoidedOnlyOnce() {
        fixture.given(registered(), disbursed(30_000_000), repaid(REPAYMENT, 1_000_000, 29_000_000),
                        voided(RecordKind.REPAYMENT, REPAYMENT))
                .when(voiding(RecordKind.REPAYMENT, REPAYMENT))
                .expectException(violates(RuleCode.ALREADY_VOIDED))
                .expectNoEvents();
    }

    @Test
    void assistanceIsVoided() {
        fixture.given(registered(), OtherAssistanceTest.provided(OtherAssistanceTest.ASSISTANCE, 1L))
                .when(voiding(RecordKind.ASSISTANCE, OtherAssistanceTest.ASSISTANCE))
                .expectEvents(voided(RecordKind.ASSISTANCE, OtherAssistanceTest.ASSISTANCE));
    }

    @Test
    void aCardIsVoided() {
        fixture.given(registered(), HealthInsuranceTest.issued(HealthInsuranceTest.CARD, HEAD,
                        LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31)))
                .when(voiding(RecordKind.HEALTH_INSURANCE, HealthInsuranceTest.CARD))
                .expectEvents(voided(RecordKind.HEALTH_INSURANCE, HealthInsuranceTest.CARD));
    }

    @Test
    void aVoidedRepaymentIsOwedAgain() {
        fixture.given(registered(), disbursed(30_000_000), repaid(REPAYMENT, 10_000_000, 20_000_000))
                .when(voiding(RecordKind.REPAYMENT, REPAYMENT))
                .expectEvents(voided(RecordKind.REPAYMENT, REPAYMENT))
                .expectResultMessagePayload(30_000_000L);
    }

    @Test
    void aVoidedRepaymentCanBeRepaidAgain() {
        fixture.given(registered(), disbursed(30_000_000), repaid(REPAYMENT, 30_000_000, 0),
                        new LoanSettled(HOUSEHOLD, LOAN, PAID_ON), voided(RecordKind.REPAYMENT, REPAYMENT),
                        new LoanReopened(HOUSEHOLD, LOAN, REPAYMENT, 30_000_000, TODAY))
                .when(new RepayLoan(HOUSEHOLD, LOAN, SECOND_REPAYMENT, 30_000_000, PAID_ON))
                .expectEvents(repaid(SECOND_REPAYMENT, 30_000_000, 0), new LoanSettled(HOUSEHOLD, LOAN, PAID_ON));
    }

    @Test
    void voidingARepaymentOfASettledLoanReopensIt() {
        fixture.given(registered(), disbursed(30_000_000), repaid(REPAYMENT, 10_000_000, 20_000_000),
                        repaid(SECOND_REPAYMENT, 20_000_000, 0), new LoanSettled(HOUSEHOLD, LOAN, PAID_ON))
                .when(voiding(RecordKind.REPAYMENT, SECOND_REPAYMENT))
                .expectEvents(voided(RecordKind.REPAYMENT, SECOND_REPAYMENT),
                        new LoanReopened(HOUSEHOLD, LOAN, SECOND_REPAYMENT, 20_000_000, TODAY))
                .expectResultMessagePayload(20_000_000L);
    }

    @Test
    void aRepaymentIsVoidedOnlyThroughItsOwnLoan() {
        fixture.given(registered(), disbursed(30_000_000), repaid(REPAYMENT, 1_000_000, 29_000_000))
                .when(new VoidRecord(HOUSEHOLD, RecordKind.REPAYMENT, REPAYMENT, UUID.randomUUID(), REASON))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void anUnknownRecordIsNotFound() {
        fixture.given(registered(), disbursed(30_000_000))
                .when(voiding(RecordKind.HEALTH_INSURANCE, LOAN))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void aVoidingSaysWhy() {
        fixture.given(registered(), disbursed(30_000_000))
                .when(new VoidRecord(HOUSEHOLD, RecordKind.LOAN, LOAN, null, "  "))
                .expectException(invalid("reason"))
                .expectNoEvents();
    }

    @Test
    void aVoidedRecordKeepsItsIdForGood() {
        fixture.given(registered(), disbursed(30_000_000), voided(RecordKind.LOAN, LOAN))
                .when(LoansTest.disburse(30_000_000))
                .expectException(invalid("loanId"))
                .expectNoEvents();
    }

    @Test
    void anIdIsNotReusedAcrossKinds() {
        fixture.given(registered(), disbursed(30_000_000))
                .when(HealthInsuranceTest.issue(LOAN, HEAD, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), 100))
                .expectException(invalid("cardId"))
                .expectNoEvents();
    }
}
