package vn.householdledger.command.household;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.command.dispatch.CommandDispatcher;
import vn.householdledger.events.assistance.AssistanceKind;
import vn.householdledger.events.assistance.LoanProgramme;
import vn.householdledger.events.assistance.RecordKind;

/**
 * The help a household receives — loans and repayments, health insurance cards, other assistance —
 * and the voiding of a mistaken record, for the workers of its commune. The rules are the
 * household's ({@link AssistanceLedger}); this only translates HTTP.
 */
@RestController
public class AssistanceController {

    public record LoanRequest(
            UUID loanId,
            @NotNull LoanProgramme programme,
            @NotNull @Max(Vnd.MAX) Long principal,
            @NotNull BigDecimal annualInterestRatePercent,
            @NotNull Integer termMonths,
            @NotNull LocalDate disbursedOn,
            @NotBlank @Size(max = 200) String lender,
            @NotBlank @Size(max = 1000) String purpose,
            @Size(max = 50) List<String> addresses) {
    }

    public record RepaymentRequest(@NotNull @Max(Vnd.MAX) Long amount, @NotNull LocalDate paidOn) {
    }

    public record HealthInsuranceRequest(
            @NotNull UUID memberId,
            @NotBlank @Size(max = 32) String cardNumber,
            @NotNull LocalDate validFrom,
            @NotNull LocalDate validTo,
            @NotNull Integer stateSubsidyPercent,
            @NotBlank @Size(max = 200) String fundingSource) {
    }

    public record AssistanceRequest(
            UUID assistanceId,
            @NotNull AssistanceKind kind,
            @NotBlank @Size(max = 1000) String description,
            @Max(Vnd.MAX) Long amount,
            @NotNull LocalDate providedOn,
            @NotBlank @Size(max = 200) String fundingSource,
            @Size(max = 50) List<String> addresses) {
    }

    public record VoidingRequest(@NotBlank @Size(max = 1000) String reason) {
    }

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
        return dispatcher.send(HttpStatus.CREATED, request, command, (c, result) -> Map.of(
                "householdId", c.householdId(), "loanId", c.loanId()));
    }

    @Operation(summary = "Record a repayment of a loan")
    @PostMapping("/api/households/{householdId}/loans/{loanId}/repayments")
    public ResponseEntity<Object> repay(@PathVariable UUID householdId, @PathVariable UUID loanId,
                                        @Valid @RequestBody RepaymentRequest request) {
        access.requireWritable(householdId);
        RepayLoan command = new RepayLoan(householdId, loanId, UUID.randomUUID(), request.amount(), request.paidOn());
        return dispatcher.send(HttpStatus.CREATED, request, command, (c, outstanding) -> Map.of(
                "householdId", c.householdId(), "loanId", c.loanId(), "repaymentId", c.repaymentId(),
                "outstanding", outstanding));
    }

    @Operation(summary = "Record a member's health insurance card")
    @PostMapping("/api/households/{householdId}/health-insurance")
    public ResponseEntity<Object> issue(@PathVariable UUID householdId, @Valid @RequestBody HealthInsuranceRequest request) {
        access.requireWritable(householdId);
        IssueHealthInsurance command = new IssueHealthInsurance(householdId, UUID.randomUUID(), request.memberId(),
                request.cardNumber().strip(), request.validFrom(), request.validTo(), request.stateSubsidyPercent(),
                request.fundingSource().strip());
        return dispatcher.send(HttpStatus.CREATED, request, command, (c, result) -> Map.of(
                "householdId", c.householdId(), "cardId", c.cardId(), "memberId", c.memberId()));
    }

    @Operation(summary = "Record help other than a loan or a card given to a household")
    @PostMapping("/api/households/{householdId}/assistance")
    public ResponseEntity<Object> provide(@PathVariable UUID householdId, @Valid @RequestBody AssistanceRequest request) {
        access.requireWritable(householdId);
        ProvideAssistance command = new ProvideAssistance(householdId, orNew(request.assistanceId()), request.kind(),
                request.description().strip(), request.amount(), request.providedOn(), request.fundingSource().strip(),
                request.addresses());
        return dispatcher.send(HttpStatus.CREATED, request, command, (c, result) -> Map.of(
                "householdId", c.householdId(), "assistanceId", c.assistanceId()));
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
        return dispatcher.send(HttpStatus.OK, request, command, (c, outstanding) -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("householdId", c.householdId());
            body.put("recordId", c.recordId());
            body.put("kind", c.kind());
            body.put("voided", true);
            if (c.loanId() != null) {
                body.put("loanId", c.loanId());
                body.put("outstanding", outstanding);
            }
            return body;
        });
    }

    private static UUID orNew(UUID id) {
        return id == null ? UUID.randomUUID() : id;
    }
}
