package vn.householdledger.command.household;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventsourcing.EventSourcingHandler;
import vn.householdledger.api.assistance.RecordKind;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.events.assistance.AssistanceProvided;
import vn.householdledger.events.assistance.HealthInsuranceIssued;
import vn.householdledger.events.assistance.LoanDisbursed;
import vn.householdledger.events.assistance.LoanRepaid;
import vn.householdledger.events.assistance.RecordVoided;
import vn.householdledger.events.household.HouseholdEvent;
import vn.householdledger.platform.i18n.Phrase;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.platform.problem.NotFound;
import vn.householdledger.platform.problem.RuleViolation;

/**
 * The help a household received: loans with their repayments, health insurance cards and other
 * assistance, each by an id used once in the household. A record is never edited or removed; a
 * mistake is voided, once, with a reason. {@link Household} holds the ledger as an aggregate member
 * (so it sees the household's events) and asks it to decide once it has checked what only the
 * household knows: that the case is open and who its members are.
 */
class AssistanceLedger {

    private final Map<UUID, Loan> loans = new HashMap<>();
    private final Map<UUID, UUID> loanOfRepayment = new HashMap<>();
    private final Map<UUID, HealthInsuranceCard> cards = new HashMap<>();
    /** Other assistance by id: whether it was voided. */
    private final Map<UUID, Boolean> assistanceVoided = new HashMap<>();

    LoanDisbursed disburse(DisburseLoan command, Clock clock) {
        requireNewId("loanId", command.loanId());
        return Loan.disburse(command, clock);
    }

    List<HouseholdEvent> repay(RepayLoan command, Clock clock) {
        Loan loan = loan(command.loanId());
        requireNewId("repaymentId", command.repaymentId());
        return loan.repay(command, clock);
    }

    long outstandingOf(UUID loanId) {
        return loan(loanId).outstanding();
    }

    HealthInsuranceIssued issue(IssueHealthInsurance command) {
        requireNewId("cardId", command.cardId());
        return HealthInsuranceCard.issue(command, cards.values());
    }

    /** Other help is given on a day that has come, is worth nothing or more, and names known needs. */
    AssistanceProvided provide(ProvideAssistance command, Clock clock) {
        requireNewId("assistanceId", command.assistanceId());
        Household.notInFuture("providedOn", command.providedOn(), clock);
        if (command.amount() != null && command.amount() < 0) {
            throw new InvalidInput("amount", "number.negative");
        }
        return new AssistanceProvided(command.householdId(), command.assistanceId(), command.kind(),
                command.description(), command.amount(), command.providedOn(), command.fundingSource(),
                AddressedNeeds.require(command.addresses()));
    }

    /**
     * Voids a record once, with a reason. A loan is voided only when none of its repayments counts; a
     * voided repayment is owed again, and a settled loan then reopens.
     */
    List<HouseholdEvent> voidRecord(VoidRecord command, Clock clock) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw new InvalidInput("reason", "assistance.voidReason");
        }
        RecordVoided voided = new RecordVoided(command.householdId(), command.recordId(), command.kind(),
                command.reason().strip(), BusinessCalendar.today(clock));
        return switch (command.kind()) {
            case LOAN -> {
                Loan loan = loan(command.recordId());
                requireNotVoided(loan.voided(), command);
                loan.requireVoidable();
                yield List.of(voided);
            }
            case REPAYMENT -> {
                Loan loan = loan(command.loanId());
                Loan.Repayment repayment = found(loan.repayments().get(command.recordId()), command);
                requireNotVoided(repayment.voided(), command);
                List<HouseholdEvent> events = new ArrayList<>(List.of(voided));
                events.addAll(loan.reopenedWithout(command.householdId(), command.recordId(), voided.voidedOn()));
                yield List.copyOf(events);
            }
            case HEALTH_INSURANCE -> {
                requireNotVoided(found(cards.get(command.recordId()), command).voided(), command);
                yield List.of(voided);
            }
            case ASSISTANCE -> {
                requireNotVoided(found(assistanceVoided.get(command.recordId()), command), command);
                yield List.of(voided);
            }
        };
    }

    @EventSourcingHandler
    void on(LoanDisbursed event) {
        loans.put(event.loanId(), Loan.of(event));
    }

    @EventSourcingHandler
    void on(LoanRepaid event) {
        loans.computeIfPresent(event.loanId(), (id, loan) -> loan.with(event));
        loanOfRepayment.put(event.repaymentId(), event.loanId());
    }

    @EventSourcingHandler
    void on(HealthInsuranceIssued event) {
        cards.put(event.cardId(), HealthInsuranceCard.of(event));
    }

    @EventSourcingHandler
    void on(AssistanceProvided event) {
        assistanceVoided.put(event.assistanceId(), false);
    }

    @EventSourcingHandler
    void on(RecordVoided event) {
        UUID id = event.recordId();
        switch (event.recordKind()) {
            case LOAN -> loans.computeIfPresent(id, (loanId, loan) -> loan.asVoided());
            case REPAYMENT -> loans.computeIfPresent(loanOfRepayment.get(id), (loanId, loan) -> loan.withRepaymentVoided(id));
            case HEALTH_INSURANCE -> cards.computeIfPresent(id, (cardId, card) -> card.asVoided());
            case ASSISTANCE -> assistanceVoided.put(id, true);
        }
    }

    private Loan loan(UUID loanId) {
        Loan loan = loanId == null ? null : loans.get(loanId);
        if (loan == null) {
            throw new NotFound("notFound.loan", loanId);
        }
        return loan;
    }

    private static <T> T found(T record, VoidRecord command) {
        if (record == null) {
            throw new NotFound("notFound.record.ofKind", describe(command.kind()), command.recordId());
        }
        return record;
    }

    private static void requireNotVoided(boolean voided, VoidRecord command) {
        if (voided) {
            throw new RuleViolation(RuleCode.ALREADY_VOIDED, describe(command.kind()), command.recordId());
        }
    }

    private static Phrase describe(RecordKind kind) {
        return Phrase.of("record.kind." + kind.name());
    }

    /** An id names one record of the household, of whatever kind, for good. */
    private void requireNewId(String field, UUID id) {
        if (loans.containsKey(id) || loanOfRepayment.containsKey(id) || cards.containsKey(id)
                || assistanceVoided.containsKey(id)) {
            throw new InvalidInput(field, "assistance.idUsed");
        }
    }
}
