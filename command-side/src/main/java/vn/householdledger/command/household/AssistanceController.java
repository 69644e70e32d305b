package vn.householdledger.command.household;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.api.assistance.AssistanceAnswer;
import vn.householdledger.api.assistance.AssistanceRequest;
import vn.householdledger.api.assistance.CardAnswer;
import vn.householdledger.api.assistance.HealthInsuranceRequest;
import vn.householdledger.api.assistance.LoanAnswer;
import vn.householdledger.api.assistance.LoanRequest;
import vn.householdledger.api.assistance.RecordKind;
import vn.householdledger.api.assistance.RepaymentAnswer;
import vn.householdledger.api.assistance.RepaymentRequest;
import vn.householdledger.api.assistance.VoidingAnswer;
import vn.householdledger.api.assistance.VoidingRequest;
import vn.householdledger.command.dispatch.CommandDispatcher;

/**
 * The help a household receives — loans and repayments, health insurance cards, other assistance —
 * and the voiding of a mistaken record, for the workers of its commune. The rules are the
 * household's ({@link AssistanceLedger}); this only translates HTTP.
 */
@RestController
public class AssistanceController {

    private final CommandDispatcher dispatcher;
    private final HouseholdAccess access;

    public AssistanceController(CommandDispatcher dispatcher, HouseholdAccess access) {
        this.dispatcher = dispatcher;
        this.access = access;
    }

    @Operation(summary = "Record a loan disbursed to a household")
    @PostMapping("/api/households/{householdId}/loans")
    public ResponseEntity<Object> disburse(@PathVariable UUID householdId, @Valid @RequestBody LoanRequest request) {
        access.requireWritable(householdId);
        DisburseLoan command = new DisburseLoan(householdId, orNew(request.loanId()), request.programme(),
                request.principal(), request.annualInterestRatePercent(), request.termMonths(), request.disbursedOn(),
                request.lender().strip(), request.purpose().strip(), request.addresses());
        return dispatcher.send(HttpStatus.CREATED, request, command, (c, result) -> new LoanAnswer(
                c.householdId(), c.loanId()));
    }

    @Operation(summary = "Record a repayment of a loan")
    @PostMapping("/api/households/{householdId}/loans/{loanId}/repayments")
    public ResponseEntity<Object> repay(@PathVariable UUID householdId, @PathVariable UUID loanId,
                                        @Valid @RequestBody RepaymentRequest request) {
        access.requireWritable(householdId);
        RepayLoan command = new RepayLoan(householdId, loanId, UUID.randomUUID(), request.amount(), request.paidOn());
        return dispatcher.send(HttpStatus.CREATED, request, command, (c, outstanding) -> new RepaymentAnswer(
                c.householdId(), c.loanId(), c.repaymentId(), (Long) outstanding));
    }

    @Operation(summary = "Record a member's health insurance card")
    @PostMapping("/api/households/{householdId}/health-insurance")
    public ResponseEntity<Object> issue(@PathVariable UUID householdId, @Valid @RequestBody HealthInsuranceRequest request) {
        access.requireWritable(householdId);
        IssueHealthInsurance command = new IssueHealthInsurance(householdId, UUID.randomUUID(), request.memberId(),
                request.cardNumber().strip(), request.validFrom(), request.validTo(), request.stateSubsidyPercent(),
                request.fundingSource().strip());
        return dispatcher.send(HttpStatus.CREATED, request, command, (c, result) -> new CardAnswer(
                c.householdId(), c.cardId(), c.memberId()));
    }

    @Operation(summary = "Record help other than a loan or a card given to a household")
    @PostMapping("/api/households/{householdId}/assistance")
    public ResponseEntity<Object> provide(@PathVariable UUID householdId, @Valid @RequestBody AssistanceRequest request) {
        access.requireWritable(householdId);
        ProvideAssistance command = new ProvideAssistance(householdId, orNew(request.assistanceId()), request.kind(),
                request.description().strip(), request.amount(), request.providedOn(), request.fundingSource().strip(),
                request.addresses());
        return dispatcher.send(HttpStatus.CREATED, request, command, (c, result) -> new AssistanceAnswer(
                c.householdId(), c.assistanceId()));
    }

    @Operation(summary = "Void a loan recorded by mistake")
    @PostMapping("/api/households/{householdId}/loans/{loanId}/voiding")
    public ResponseEntity<Object> voidLoan(@PathVariable UUID householdId, @PathVariable UUID loanId,
                                           @Valid @RequestBody VoidingRequest request) {
        return voidRecord(householdId, RecordKind.LOAN, loanId, null, request);
    }

    @Operation(summary = "Void a repayment recorded by mistake")
    @PostMapping("/api/households/{householdId}/loans/{loanId}/repayments/{repaymentId}/voiding")
    public ResponseEntity<Object> voidRepayment(@PathVariable UUID householdId, @PathVariable UUID loanId,
                                                @PathVariable UUID repaymentId, @Valid @RequestBody VoidingRequest request) {
        return voidRecord(householdId, RecordKind.REPAYMENT, repaymentId, loanId, request);
    }

    @Operation(summary = "Void a health insurance card recorded by mistake")
    @PostMapping("/api/households/{householdId}/health-insurance/{cardId}/voiding")
    public ResponseEntity<Object> voidCard(@PathVariable UUID householdId, @PathVariable UUID cardId,
                                           @Valid @RequestBody VoidingRequest request) {
        return voidRecord(householdId, RecordKind.HEALTH_INSURANCE, cardId, null, request);
    }

    @Operation(summary = "Void help recorded by mistake")
    @PostMapping("/api/households/{householdId}/assistance/{assistanceId}/voiding")
    public ResponseEntity<Object> voidAssistance(@PathVariable UUID householdId, @PathVariable UUID assistanceId,
                                                 @Valid @RequestBody VoidingRequest request) {
        return voidRecord(householdId, RecordKind.ASSISTANCE, assistanceId, null, request);
    }

    /** Answers the voided record; for a repayment also its loan and what that loan owes now. */
    private ResponseEntity<Object> voidRecord(UUID householdId, RecordKind kind, UUID recordId, UUID loanId,
                                              VoidingRequest request) {
        access.requireWritable(householdId);
        VoidRecord command = new VoidRecord(householdId, kind, recordId, loanId, request.reason().strip());
        return dispatcher.send(HttpStatus.OK, request, command, (c, outstanding) -> new VoidingAnswer(
                c.householdId(), c.recordId(), c.kind(), true, c.loanId(), c.loanId() == null ? null : (Long) outstanding));
    }

    private static UUID orNew(UUID id) {
        return id == null ? UUID.randomUUID() : id;
    }
}
