package vn.householdledger.command.household;

import static vn.householdledger.command.household.HouseholdFixtures.*;
import static vn.householdledger.command.household.Refusals.invalid;
import static vn.householdledger.command.household.Refusals.violates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.assistance.LoanProgramme;
import vn.householdledger.api.assistance.RecordKind;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.events.assistance.LoanDisbursed;
import vn.householdledger.events.assistance.LoanRepaid;
import vn.householdledger.events.assistance.LoanSettled;
import vn.householdledger.events.assistance.RecordVoided;
import vn.householdledger.platform.problem.NotFound;

class LoansTest {

    static final UUID LOAN = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    static final UUID REPAYMENT = UUID.fromString("00000000-0000-0000-0000-00000000d001");
    static final UUID SECOND_REPAYMENT = UUID.fromString("00000000-0000-0000-0000-00000000d002");
    static final LocalDate DISBURSED_ON = LocalDate.of(2018, 3, 15);
    static final BigDecimal POOR_RATE = new BigDecimal("6.6");

    private AggregateTestFixture<Household> fixture;

    @BeforeEach
    void setUp() {
        fixture = HouseholdFixtures.fixture(new InMemoryHouseholdRegistry());
    }

    static DisburseLoan disburse(long principal, BigDecimal rate, int termMonths, LocalDate on, List<String> addresses) {
        return new DisburseLoan(HOUSEHOLD, LOAN, LoanProgramme.POOR_HOUSEHOLD, principal, rate, termMonths, on,
                "Ngân hàng Chính sách xã hội", "Nuôi bò sinh sản", addresses);
    }

    static DisburseLoan disburse(long principal) {
        return disburse(principal, POOR_RATE, 36, DISBURSED_ON, List.of("LACK_CAPITAL"));
    }

    static LoanDisbursed disbursed(long principal) {
        return new LoanDisbursed(HOUSEHOLD, LOAN, LoanProgramme.POOR_HOUSEHOLD, principal, POOR_RATE, 36, DISBURSED_ON,
                "Ngân hàng Chính sách xã hội", "Nuôi bò sinh sản", List.of("LACK_CAPITAL"), DISBURSED_ON.plusMonths(36));
    }

    static RepayLoan repay(UUID repaymentId, long amount, LocalDate paidOn) {
        return new RepayLoan(HOUSEHOLD, LOAN, repaymentId, amount, paidOn);
    }

    @Test
    void aLoanIsDisbursed() {
        fixture.given(registered())
                .when(disburse(30_000_000))
                .expectEvents(disbursed(30_000_000));
    }

    @Test
    void aLoanMayAddressIndicatorsOfAnyStandardAndCausesOfPovertyEachOnce() {
        List<String> addresses = List.of("DRINKING_WATER", "DOMESTIC_WATER", "WASTE_TREATMENT", "LACK_CAPITAL");
        fixture.given(registered())
                .when(disburse(5_000_000, new BigDecimal("7.92"), 12, DISBURSED_ON,
                        List.of("DRINKING_WATER", "DOMESTIC_WATER", "WASTE_TREATMENT", "LACK_CAPITAL", "DRINKING_WATER")))
                .expectEvents(new LoanDisbursed(HOUSEHOLD, LOAN, LoanProgramme.POOR_HOUSEHOLD, 5_000_000,
                        new BigDecimal("7.92"), 12, DISBURSED_ON, "Ngân hàng Chính sách xã hội", "Nuôi bò sinh sản",
                        addresses, DISBURSED_ON.plusMonths(12)));
    }

    @Test
    void aLoanAddressesOnlyKnownIndicatorsAndCauses() {
        fixture.given(registered())
                .when(disburse(5_000_000, POOR_RATE, 12, DISBURSED_ON, List.of("LACK_CAPITAL", "LACK_LUCK")))
                .expectException(invalid("addresses"))
                .expectNoEvents();
    }

    @Test
    void thePrincipalIsMoreThanZero() {
        fixture.given(registered())
                .when(disburse(0))
                .expectException(invalid("principal"))
                .expectNoEvents();
    }

    @Test
    void theRateIsNotNegative() {
        fixture.given(registered())
                .when(disburse(5_000_000, new BigDecimal("-0.1"), 12, DISBURSED_ON, List.of()))
                .expectException(invalid("annualInterestRatePercent"))
                .expectNoEvents();
    }

    @Test
    void theRateIsAtMostTwentyPercentAYear() {
        fixture.given(registered())
                .when(disburse(5_000_000, new BigDecimal("20.01"), 12, DISBURSED_ON, List.of()))
                .expectException(invalid("annualInterestRatePercent"))
                .expectNoEvents();
    }

    @Test
    void aLoanFreeOfInterestIsAccepted() {
        fixture.given(registered())
                .when(disburse(5_000_000, BigDecimal.ZERO, 240, DISBURSED_ON, List.of()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theTermIsAtLeastOneMonth() {
        fixture.given(registered())
                .when(disburse(5_000_000, POOR_RATE, 0, DISBURSED_ON, List.of()))
                .expectException(invalid("termMonths"))
                .expectNoEvents();
    }

    @Test
    void theTermIsAtMostTwoHundredFortyMonths() {
        fixture.given(registered())
                .when(disburse(5_000_000, POOR_RATE, 241, DISBURSED_ON, List.of()))
                .expectException(invalid("termMonths"))
                .expectNoEvents();
    }

    @Test
    void aLoanIsNotDisbursedInTheFuture() {
        fixture.given(registered())
                .when(disburse(5_000_000, POOR_RATE, 12, TODAY.plusDays(1), List.of()))
                .expectException(invalid("disbursedOn"))
                .expectNoEvents();
    }

    @Test
    void aLoanIdIsNeverReused() {
        fixture.given(registered(), disbursed(30_000_000))
                .when(disburse(1_000_000))
                .expectException(invalid("loanId"))
                .expectNoEvents();
    }

    @Test
    void aRepaymentLowersTheOutstandingBalance() {
        fixture.given(registered(), disbursed(30_000_000))
                .when(repay(REPAYMENT, 10_000_000, DISBURSED_ON.plusMonths(6)))
                .expectEvents(new LoanRepaid(HOUSEHOLD, LOAN, REPAYMENT, 10_000_000, DISBURSED_ON.plusMonths(6), 20_000_000))
                .expectResultMessagePayload(20_000_000L);
    }

    @Test
    void theRepaymentThatLeavesNothingOutstandingSettlesTheLoan() {
        LocalDate paidOn = DISBURSED_ON.plusMonths(8);
        fixture.given(registered(), disbursed(30_000_000),
                        new LoanRepaid(HOUSEHOLD, LOAN, REPAYMENT, 10_000_000, DISBURSED_ON.plusMonths(6), 20_000_000))
                .when(repay(SECOND_REPAYMENT, 20_000_000, paidOn))
                .expectEvents(new LoanRepaid(HOUSEHOLD, LOAN, SECOND_REPAYMENT, 20_000_000, paidOn, 0),
                        new LoanSettled(HOUSEHOLD, LOAN, paidOn))
                .expectResultMessagePayload(0L);
    }

    @Test
    void aLoanIsSettledOnTheLatestDayARepaymentWasPaid() {
        LocalDate later = DISBURSED_ON.plusMonths(6);
        LocalDate backdated = DISBURSED_ON.plusMonths(1);
        fixture.given(registered(), disbursed(30_000_000),
                        new LoanRepaid(HOUSEHOLD, LOAN, REPAYMENT, 10_000_000, later, 20_000_000))
                .when(repay(SECOND_REPAYMENT, 20_000_000, backdated))
                .expectEvents(new LoanRepaid(HOUSEHOLD, LOAN, SECOND_REPAYMENT, 20_000_000, backdated, 0),
                        new LoanSettled(HOUSEHOLD, LOAN, later));
    }

    @Test
    void aRepaymentNeverExceedsTheOutstandingBalance() {
        fixture.given(registered(), disbursed(30_000_000),
                        new LoanRepaid(HOUSEHOLD, LOAN, REPAYMENT, 10_000_000, DISBURSED_ON.plusMonths(6), 20_000_000))
                .when(repay(SECOND_REPAYMENT, 20_000_001, DISBURSED_ON.plusMonths(7)))
                .expectException(violates(RuleCode.REPAYMENT_EXCEEDS_OUTSTANDING))
                .expectNoEvents();
    }

    @Test
    void aSettledLoanTakesNoMoreRepayment() {
        fixture.given(registered(), disbursed(30_000_000),
                        new LoanRepaid(HOUSEHOLD, LOAN, REPAYMENT, 30_000_000, DISBURSED_ON.plusMonths(6), 0),
                        new LoanSettled(HOUSEHOLD, LOAN, DISBURSED_ON.plusMonths(6)))
                .when(repay(SECOND_REPAYMENT, 1, DISBURSED_ON.plusMonths(7)))
                .expectException(violates(RuleCode.REPAYMENT_EXCEEDS_OUTSTANDING))
                .expectNoEvents();
    }

    @Test
    void aRepaymentIsMoreThanZero() {
        fixture.given(registered(), disbursed(30_000_000))
                .when(repay(REPAYMENT, 0, DISBURSED_ON.plusMonths(1)))
                .expectException(invalid("amount"))
                .expectNoEvents();
    }

    @Test
    void aRepaymentIsNotPaidBeforeTheLoanWasDisbursed() {
        fixture.given(registered(), disbursed(30_000_000))
                .when(repay(REPAYMENT, 1_000_000, DISBURSED_ON.minusDays(1)))
                .expectException(invalid("paidOn"))
                .expectNoEvents();
    }

    @Test
    void aRepaymentOnTheDayOfDisbursementIsAccepted() {
        fixture.given(registered(), disbursed(30_000_000))
                .when(repay(REPAYMENT, 1_000_000, DISBURSED_ON))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aRepaymentIsNotPaidInTheFuture() {
        fixture.given(registered(), disbursed(30_000_000))
                .when(repay(REPAYMENT, 1_000_000, TODAY.plusDays(1)))
                .expectException(invalid("paidOn"))
                .expectNoEvents();
    }

    @Test
    void aRepaymentOfAnUnknownLoanIsNotFound() {
        fixture.given(registered())
                .when(repay(REPAYMENT, 1_000_000, DISBURSED_ON))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void aVoidedLoanTakesNoRepayment() {
        fixture.given(registered(), disbursed(30_000_000),
                        new RecordVoided(HOUSEHOLD, LOAN, RecordKind.LOAN, "Nhập trùng", DISBURSED_ON.plusDays(1)))
                .when(repay(REPAYMENT, 1_000_000, DISBURSED_ON.plusMonths(1)))
                .expectException(violates(RuleCode.LOAN_VOIDED))
                .expectNoEvents();
    }
}
