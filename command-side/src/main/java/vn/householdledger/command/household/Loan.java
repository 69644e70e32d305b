package vn.householdledger.command.household;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.events.assistance.LoanDisbursed;
import vn.householdledger.events.assistance.LoanReopened;
import vn.householdledger.events.assistance.LoanRepaid;
import vn.householdledger.events.assistance.LoanSettled;
import vn.householdledger.events.household.HouseholdEvent;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.platform.problem.RuleViolation;

/**
 * One loan of a household's ledger, as much of it as the rules need: what was lent, when, and each
 * repayment. The rules of lending and repaying live here. A value: each event makes a new one, so a
 * loan rebuilt from its events equals the loan that decided them.
 */
record Loan(UUID loanId, long principal, LocalDate disbursedOn, Map<UUID, Repayment> repayments, boolean voided) {

    private static final BigDecimal MAX_RATE_PERCENT = BigDecimal.valueOf(20);
    private static final int MAX_TERM_MONTHS = 240;

    record Repayment(long amount, LocalDate paidOn, boolean voided) {
    }

    Loan {
        repayments = Map.copyOf(repayments);
    }

    /** A new loan lends more than nothing, at 0–20 % a year, for 1–240 months, on a day that has come. */
    static LoanDisbursed disburse(DisburseLoan command, Clock clock) {
        Household.notInFuture("disbursedOn", command.disbursedOn(), clock);
        if (command.principal() <= 0) {
            throw new InvalidInput("principal", "number.positive");
        }
        BigDecimal rate = command.annualInterestRatePercent();
        if (rate.signum() < 0 || rate.compareTo(MAX_RATE_PERCENT) > 0) {
            throw new InvalidInput("annualInterestRatePercent", "loan.rate.range", MAX_RATE_PERCENT);
        }
        if (command.termMonths() < 1 || command.termMonths() > MAX_TERM_MONTHS) {
            throw new InvalidInput("termMonths", "loan.term.range", MAX_TERM_MONTHS);
        }
        return new LoanDisbursed(command.householdId(), command.loanId(), command.programme(), command.principal(), rate,
                command.termMonths(), command.disbursedOn(), command.lender(), command.purpose(),
                AddressedNeeds.require(command.addresses()),
                LoanDisbursed.maturityOf(command.disbursedOn(), command.termMonths()));
    }

    static Loan of(LoanDisbursed event) {
        return new Loan(event.loanId(), event.principal(), event.disbursedOn(), Map.of(), false);
    }

    /** The principal less every repayment that counts: never below zero. */
    long outstanding() {
        return principal - counted().mapToLong(Repayment::amount).sum();
    }

    boolean hasCountedRepayments() {
        return counted().findAny().isPresent();
    }

    /**
     * A repayment pays more than nothing, between the disbursement and today, and never more than is
     * outstanding; the one that leaves nothing outstanding settles the loan.
     */
    List<HouseholdEvent> repay(RepayLoan command, Clock clock) {
        if (voided) {
            throw new RuleViolation(RuleCode.LOAN_VOIDED, loanId);
        }
        if (command.amount() <= 0) {
            throw new InvalidInput("amount", "number.positive");
        }
        Household.notInFuture("paidOn", command.paidOn(), clock);
        if (command.paidOn().isBefore(disbursedOn)) {
            throw new InvalidInput("paidOn", "loan.paidOn.beforeDisbursed", disbursedOn);
        }
        long outstanding = outstanding();
        if (command.amount() > outstanding) {
            throw new RuleViolation(RuleCode.REPAYMENT_EXCEEDS_OUTSTANDING, command.amount(), outstanding, loanId);
        }
        LoanRepaid repaid = new LoanRepaid(command.householdId(), loanId, command.repaymentId(), command.amount(),
                command.paidOn(), outstanding - command.amount());
        if (repaid.outstandingAfter() > 0) {
            return List.of(repaid);
        }
        LocalDate settledOn = Stream.concat(counted().map(Repayment::paidOn), Stream.of(command.paidOn()))
                .max(LocalDate::compareTo).orElseThrow();
        return List.of(repaid, new LoanSettled(command.householdId(), loanId, settledOn));
    }

    /** The loan itself is voided only once none of its repayments counts any more. */
    void requireVoidable() {
        if (hasCountedRepayments()) {
            throw new RuleViolation(RuleCode.LOAN_HAS_REPAYMENTS, loanId);
        }
    }

    /** A voided repayment is owed again; if the loan was settled, it reopens. */
    List<HouseholdEvent> reopenedWithout(UUID householdId, UUID repaymentId, LocalDate today) {
        if (outstanding() > 0) {
            return List.of();
        }
        return List.of(new LoanReopened(householdId, loanId, repaymentId, repayments.get(repaymentId).amount(), today));
    }

    Loan with(LoanRepaid event) {
        return withRepayment(event.repaymentId(), new Repayment(event.amount(), event.paidOn(), false));
    }

    Loan withRepaymentVoided(UUID repaymentId) {
        Repayment repayment = repayments.get(repaymentId);
        return withRepayment(repaymentId, new Repayment(repayment.amount(), repayment.paidOn(), true));
    }

    Loan asVoided() {
        return new Loan(loanId, principal, disbursedOn, repayments, true);
    }

    private Loan withRepayment(UUID repaymentId, Repayment repayment) {
        Map<UUID, Repayment> changed = new HashMap<>(repayments);
        changed.put(repaymentId, repayment);
        return new Loan(loanId, principal, disbursedOn, changed, voided);
    }

    private Stream<Repayment> counted() {
        return repayments.values().stream().filter(r -> !r.voided());
    }
}
