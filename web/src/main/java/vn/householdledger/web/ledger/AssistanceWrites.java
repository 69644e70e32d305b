package vn.householdledger.web.ledger;

import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import vn.householdledger.api.assistance.AssistanceAnswer;
import vn.householdledger.api.assistance.AssistanceRequest;
import vn.householdledger.api.assistance.CardAnswer;
import vn.householdledger.api.assistance.HealthInsuranceRequest;
import vn.householdledger.api.assistance.LoanAnswer;
import vn.householdledger.api.assistance.LoanRequest;
import vn.householdledger.api.assistance.RepaymentAnswer;
import vn.householdledger.api.assistance.RepaymentRequest;
import vn.householdledger.api.assistance.VoidingAnswer;
import vn.householdledger.api.assistance.VoidingRequest;

/** The command side's assistance ledger: loans, repayments, cards, other help, and voiding. */
@HttpExchange("/api/households/{householdId}")
public interface AssistanceWrites {

    @PostExchange("/loans")
    ResponseEntity<LoanAnswer> disburse(@PathVariable UUID householdId, @RequestBody LoanRequest request);

    @PostExchange("/loans/{loanId}/repayments")
    ResponseEntity<RepaymentAnswer> repay(@PathVariable UUID householdId, @PathVariable UUID loanId,
                                          @RequestBody RepaymentRequest request);

    @PostExchange("/health-insurance")
    ResponseEntity<CardAnswer> issue(@PathVariable UUID householdId, @RequestBody HealthInsuranceRequest request);

    @PostExchange("/assistance")
    ResponseEntity<AssistanceAnswer> provide(@PathVariable UUID householdId, @RequestBody AssistanceRequest request);

    @PostExchange("/loans/{loanId}/voiding")
    ResponseEntity<VoidingAnswer> voidLoan(@PathVariable UUID householdId, @PathVariable UUID loanId,
                                           @RequestBody VoidingRequest request);

    @PostExchange("/loans/{loanId}/repayments/{repaymentId}/voiding")
    ResponseEntity<VoidingAnswer> voidRepayment(@PathVariable UUID householdId, @PathVariable UUID loanId,
                                                @PathVariable UUID repaymentId, @RequestBody VoidingRequest request);

    @PostExchange("/health-insurance/{cardId}/voiding")
    ResponseEntity<VoidingAnswer> voidCard(@PathVariable UUID householdId, @PathVariable UUID cardId,
                                           @RequestBody VoidingRequest request);

    @PostExchange("/assistance/{assistanceId}/voiding")
    ResponseEntity<VoidingAnswer> voidAssistance(@PathVariable UUID householdId, @PathVariable UUID assistanceId,
                                                 @RequestBody VoidingRequest request);
}
