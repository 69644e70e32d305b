package vn.householdledger.command.commune;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.command.dispatch.CommandDispatcher;
import vn.householdledger.events.commune.Area;
import vn.householdledger.events.commune.CommuneKind;
import vn.householdledger.platform.time.BusinessCalendar;

/** Reference data for admins: the communes and wards, and each one's households and target per year. */
@RestController
public class CommuneController {

    public static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{0,63}";

    public record RegisterCommuneRequest(
            @NotBlank @Pattern(regexp = CODE_PATTERN, message = "must be upper snake case, like HA_LAN") String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull CommuneKind kind,
            @NotNull Area area) {
    }

    public record PlanYearRequest(
            @NotNull @Min(0) @Max(10_000_000) Integer households,
            @NotNull @Min(0) @Max(10_000_000) Integer poorTargetEndOfYear) {
    }

    private final CommandDispatcher dispatcher;
    private final Clock clock;

    public CommuneController(CommandDispatcher dispatcher, Clock clock) {
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Operation(operationId = "registerCommune", summary = "Register a commune or ward")
    @PostMapping("/api/communes")
    public ResponseEntity<Object> register(@Valid @RequestBody RegisterCommuneRequest request) {
        RegisterCommune command = new RegisterCommune(request.code(), request.name().strip(), request.kind(),
                request.area(), BusinessCalendar.today(clock));
        return dispatcher.send(HttpStatus.CREATED, request, command, (c, result) -> Map.of("code", c.code()));
    }

    @Operation(summary = "Set a commune's households and poverty target for a year")
    @PutMapping("/api/communes/{code}/years/{year}")
    public ResponseEntity<Object> planYear(@PathVariable @Pattern(regexp = CODE_PATTERN) String code,
                                           @PathVariable @Min(1990) @Max(2100) int year,
                                           @Valid @RequestBody PlanYearRequest request) {
        PlanCommuneYear command = new PlanCommuneYear(code, year, request.households(), request.poorTargetEndOfYear(),
                BusinessCalendar.today(clock));
        return dispatcher.send(HttpStatus.OK, request, command, (c, result) -> Map.of("code", c.code(), "year", c.year(),
                "households", c.households(), "poorTargetEndOfYear", c.poorTargetEndOfYear()));
    }
}
