package vn.householdledger.command.household;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
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
import vn.householdledger.events.household.PovertyCause;
import vn.householdledger.platform.time.BusinessCalendar;

/** The yearly review of a household and its pledge to escape poverty. */
@RestController
public class AssessmentController {

    public record AssessmentRequest(
            @NotNull @Min(1990) @Max(2100) Integer year,
            @NotNull LocalDate assessedOn,
            @Size(max = 32) String standard,
            @NotNull @Min(0) @Max(Vnd.MAX) Long incomePerCapitaMonthly,
            @NotNull @Size(max = 20) List<@NotNull @Size(max = 64) String> deprivations,
            @NotNull @Size(max = 20) List<@NotNull PovertyCause> causes,
            @NotNull Boolean hasWorkingMember) {
    }

    public record PledgeRequest(@NotNull @Min(1990) @Max(2100) Integer year) {
    }

    private final CommandDispatcher dispatcher;
    private final HouseholdAccess access;
    private final Clock clock;

    public AssessmentController(CommandDispatcher dispatcher, HouseholdAccess access, Clock clock) {
        this.dispatcher = dispatcher;
        this.access = access;
        this.clock = clock;
    }

    /** Answers the computed classification, the standard applied and the explanation in words. */
    @Operation(summary = "Record a household's assessment and classify it")
    @PostMapping("/api/households/{householdId}/assessments")
    public ResponseEntity<Object> assess(@PathVariable UUID householdId, @Valid @RequestBody AssessmentRequest request) {
        access.requireWritable(householdId);
        AssessHousehold command = new AssessHousehold(householdId, request.year(), request.assessedOn(), request.standard(),
                request.incomePerCapitaMonthly(), request.deprivations(), request.causes(), request.hasWorkingMember());
        return dispatcher.send(HttpStatus.CREATED, request, command, (c, outcome) -> outcome);
    }

    @Operation(summary = "Register a household's pledge to escape poverty in a year")
    @PostMapping("/api/households/{householdId}/escape-pledges")
    public ResponseEntity<Object> pledge(@PathVariable UUID householdId, @Valid @RequestBody PledgeRequest request) {
        access.requireWritable(householdId);
        PledgeEscape command = new PledgeEscape(householdId, request.year(), BusinessCalendar.today(clock));
        return dispatcher.send(HttpStatus.CREATED, request, command, (c, result) -> Map.of(
                "householdId", c.householdId(), "year", c.year(), "pledgedOn", c.pledgedOn()));
    }
}
