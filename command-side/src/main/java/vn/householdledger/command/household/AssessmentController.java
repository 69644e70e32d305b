package vn.householdledger.command.household;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.api.household.AssessmentRequest;
import vn.householdledger.api.household.PledgeAnswer;
import vn.householdledger.api.household.PledgeRequest;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.command.dispatch.CommandDispatcher;

/** The yearly review of a household and its pledge to escape poverty. */
@RestController
public class AssessmentController {

    private final CommandDispatcher dispatcher;
    private final HouseholdAccess access;
    private final Clock clock;

    public AssessmentController(CommandDispatcher dispatcher, HouseholdAccess access, Clock clock) {
        this.dispatcher = dispatcher;
        this.access = access;
        this.clock = clock;
    }

    /** Answers the computed classification, the standard applied and the explanation in words. */
    @PostMapping("/api/households/{householdId}/assessments")
    public ResponseEntity<Object> assess(@PathVariable UUID householdId, @Valid @RequestBody AssessmentRequest request) {
        access.requireWritable(householdId);
        AssessHousehold command = new AssessHousehold(householdId, request.year(), request.assessedOn(), request.standard(),
                request.incomePerCapitaMonthly(), request.deprivations(), request.causes(), request.hasWorkingMember());
        return dispatcher.send(HttpStatus.CREATED, request, command, (c, outcome) -> outcome);
    }

    @PostMapping("/api/households/{householdId}/escape-pledges")
    public ResponseEntity<Object> pledge(@PathVariable UUID householdId, @Valid @RequestBody PledgeRequest request) {
        access.requireWritable(householdId);
        PledgeEscape command = new PledgeEscape(householdId, request.year(), BusinessCalendar.today(clock));
        return dispatcher.send(HttpStatus.CREATED, request, command, (c, result) -> new PledgeAnswer(
                c.householdId(), c.year(), c.pledgedOn()));
    }
}
