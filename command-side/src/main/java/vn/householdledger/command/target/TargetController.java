package vn.householdledger.command.target;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.api.target.SetTargetsRequest;
import vn.householdledger.api.target.TargetsAnswer;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.command.dispatch.CommandDispatcher;
import vn.householdledger.events.target.DistrictTargetsSet.Target;

/** The district's yearly targets, set by admins; {@link DistrictPlan} decides what is a valid target. */
@RestController
public class TargetController {

    private final CommandDispatcher dispatcher;
    private final Clock clock;

    public TargetController(CommandDispatcher dispatcher, Clock clock) {
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Operation(summary = "Set the district's targets for a year")
    @PutMapping("/api/targets/{year}")
    public ResponseEntity<Object> set(@PathVariable @Min(1990) @Max(2100) int year,
                                      @Valid @RequestBody SetTargetsRequest request) {
        SetDistrictTargets command = new SetDistrictTargets(year,
                request.targets().stream().map(t -> new Target(t.code(), t.value())).toList(), BusinessCalendar.today(clock));
        return dispatcher.send(HttpStatus.OK, request, command,
                (c, result) -> new TargetsAnswer(c.year(), request.targets()));
    }
}
