package vn.householdledger.web.ledger;

import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import vn.householdledger.api.assistance.VoidingRequest;
import vn.householdledger.api.household.AssessmentOutcome;
import vn.householdledger.api.household.AssessmentPreview;
import vn.householdledger.api.household.AssessmentPreviewRequest;
import vn.householdledger.api.household.AssessmentRequest;
import vn.householdledger.api.household.AssessmentVoidingAnswer;
import vn.householdledger.api.household.ClosureAnswer;
import vn.householdledger.api.household.ClosureRequest;
import vn.householdledger.api.household.DepartureRequest;
import vn.householdledger.api.household.HeadChangeRequest;
import vn.householdledger.api.household.JoiningMemberRequest;
import vn.householdledger.api.household.MemberAnswer;
import vn.householdledger.api.household.PledgeAnswer;
import vn.householdledger.api.household.PledgeRequest;
import vn.householdledger.api.household.RegisterHouseholdRequest;
import vn.householdledger.api.household.RegistrationAnswer;
import vn.householdledger.api.household.TransferAnswer;
import vn.householdledger.api.household.TransferRequest;

/** The command side's household writes: a household's life, its assessments (and their voiding) and pledges. */
@HttpExchange("/api")
public interface HouseholdWrites {

    @PostExchange("/households")
    ResponseEntity<RegistrationAnswer> register(@RequestBody RegisterHouseholdRequest request);

    @PostExchange("/households/{householdId}/members")
    ResponseEntity<MemberAnswer> addMember(@PathVariable UUID householdId, @RequestBody JoiningMemberRequest request);

    @PostExchange("/households/{householdId}/members/{memberId}/departure")
    ResponseEntity<MemberAnswer> depart(@PathVariable UUID householdId, @PathVariable UUID memberId,
                                        @RequestBody DepartureRequest request);

    @PostExchange("/households/{householdId}/head")
    ResponseEntity<MemberAnswer> changeHead(@PathVariable UUID householdId, @RequestBody HeadChangeRequest request);

    @PostExchange("/households/{householdId}/assessments")
    ResponseEntity<AssessmentOutcome> assess(@PathVariable UUID householdId, @RequestBody AssessmentRequest request);

    @PostExchange("/households/{householdId}/assessments/{assessmentId}/voiding")
    ResponseEntity<AssessmentVoidingAnswer> voidAssessment(@PathVariable UUID householdId, @PathVariable UUID assessmentId,
                                                           @RequestBody VoidingRequest request);

    @PostExchange("/assessments/preview")
    AssessmentPreview preview(@RequestBody AssessmentPreviewRequest request);

    @PostExchange("/households/{householdId}/escape-pledges")
    ResponseEntity<PledgeAnswer> pledge(@PathVariable UUID householdId, @RequestBody PledgeRequest request);

    @PostExchange("/households/{householdId}/transfer")
    ResponseEntity<TransferAnswer> transfer(@PathVariable UUID householdId, @RequestBody TransferRequest request);

    @PostExchange("/households/{householdId}/closure")
    ResponseEntity<ClosureAnswer> close(@PathVariable UUID householdId, @RequestBody ClosureRequest request);
}
