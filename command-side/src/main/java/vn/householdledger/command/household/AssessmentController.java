package vn.householdledger.command.household;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.api.assistance.VoidingRequest;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.household.AssessmentPreview;
import vn.householdledger.api.household.AssessmentPreviewRequest;
import vn.householdledger.api.household.AssessmentRequest;
import vn.householdledger.api.household.PledgeAnswer;
import vn.householdledger.api.household.PledgeRequest;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.command.commune.CommuneDirectory;
import vn.householdledger.command.dispatch.CommandDispatcher;
import vn.householdledger.platform.problem.InvalidInput;

/** The yearly review of a household, the voiding of a mistaken assessment, and its pledge to escape poverty. */
@RestController
public class AssessmentController {

    private final CommandDispatcher dispatcher;
    private final HouseholdAccess access;
    private final CommuneDirectory communes;
    private final Clock clock;

    public AssessmentController(CommandDispatcher dispatcher, HouseholdAccess access, CommuneDirectory communes, Clock clock) {
        this.dispatcher = dispatcher;
        this.access = access;
        this.communes = communes;
        this.clock = clock;
    }

    /** Answers the computed classification, the standard applied and the explanation in words. */
    @Operation(summary = "Record a household's assessment and classify it")
    @PostMapping("/api/households/{householdId}/assessments")
    public ResponseEntity<Object> assess(@PathVariable UUID householdId, @Valid @RequestBody AssessmentRequest request) {
        access.requireWritable(householdId);
        AssessHousehold command = AssessHousehold.of(householdId, request);
        return dispatcher.send(HttpStatus.CREATED, request, command, (c, outcome) -> outcome);
    }

    /** Answers the household's status from then on, as if the assessment had not been made. */
    @Operation(summary = "Void an assessment recorded by mistake")
    @PostMapping("/api/households/{householdId}/assessments/{assessmentId}/voiding")
    public ResponseEntity<Object> voidAssessment(@PathVariable UUID householdId, @PathVariable UUID assessmentId,
                                                 @Valid @RequestBody VoidingRequest request) {
        access.requireWritable(householdId);
        VoidAssessment command = new VoidAssessment(householdId, assessmentId, request.reason().strip());
        return dispatcher.send(HttpStatus.OK, request, command, (c, answer) -> answer);
    }

    /** What an assessment would decide in a commune of the caller's, by the code the household decides with; writes nothing. */
    @Operation(summary = "Preview the class an assessment would get, writing nothing")
    @PostMapping("/api/assessments/preview")
    public AssessmentPreview preview(@Valid @RequestBody AssessmentPreviewRequest request) {
        if (!communes.isRegistered(request.communeCode())) {
            throw new InvalidInput("communeCode", "commune.unknown", request.communeCode());
        }
        access.requireRegistrable(request.communeCode(), null);
        LocalDate on = request.assessedOn() == null ? BusinessCalendar.today(clock) : request.assessedOn();
        Area area = communes.unitOf(request.communeCode(), null, on).area();
        return AssessmentDecision.of(request.kind(), request.year(), request.standard(), request.incomePerCapitaMonthly(),
                request.deprivations(), request.causes(), area).preview();
    }

    @Operation(summary = "Register a household's pledge to escape poverty in a year")
    @PostMapping("/api/households/{householdId}/escape-pledges")
    public ResponseEntity<Object> pledge(@PathVariable UUID householdId, @Valid @RequestBody PledgeRequest request) {
        access.requireWritable(householdId);
        PledgeEscape command = new PledgeEscape(householdId, request.year(), BusinessCalendar.today(clock));
        return dispatcher.send(HttpStatus.CREATED, request, command, (c, result) -> new PledgeAnswer(
                c.householdId(), c.year(), c.pledgedOn()));
    }
}
