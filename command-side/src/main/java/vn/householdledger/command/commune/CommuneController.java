package vn.householdledger.command.commune;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.api.commune.CommuneAnswer;
import vn.householdledger.api.commune.PlanYearRequest;
import vn.householdledger.api.commune.RegisterCommuneRequest;
import vn.householdledger.api.commune.YearPlanAnswer;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.api.unit.ProvinceAnswer;
import vn.householdledger.api.unit.RegisterProvinceRequest;
import vn.householdledger.api.unit.UnitChangeAnswer;
import vn.householdledger.api.unit.UnitChangeRequest;
import vn.householdledger.command.dispatch.CommandDispatcher;

/**
 * Reference data for admins: the communes and wards, each one's households and target per year, the
 * provinces above them, and the changes of units by a legal act. A change sent again with its
 * {@code changeId} records nothing and answers as the first did, when it says the same; with another
 * change, that id is refused.
 */
@RestController
public class CommuneController {

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
                request.area(), BusinessCalendar.today(clock), request.establishedOn(), request.provinceCode(),
                request.officialCode(), request.district() == null ? null : request.district().strip());
        return dispatcher.send(HttpStatus.CREATED, request, command, (c, result) -> new CommuneAnswer(c.code()));
    }

    @Operation(summary = "Set a commune's households and poverty target for a year")
    @PutMapping("/api/communes/{code}/years/{year}")
    public ResponseEntity<Object> planYear(@PathVariable @Pattern(regexp = RegisterCommuneRequest.CODE_PATTERN) String code,
                                           @PathVariable @Min(1990) @Max(2100) int year,
                                           @Valid @RequestBody PlanYearRequest request) {
        PlanCommuneYear command = new PlanCommuneYear(code, year, request.households(), request.poorTargetEndOfYear(),
                BusinessCalendar.today(clock));
        return dispatcher.send(HttpStatus.OK, request, command, (c, result) -> new YearPlanAnswer(c.code(), c.year(),
                c.households(), c.poorTargetEndOfYear()));
    }

    @Operation(operationId = "registerProvince", summary = "Register a province above communes")
    @PostMapping("/api/provinces")
    public ResponseEntity<Object> registerProvince(@Valid @RequestBody RegisterProvinceRequest request) {
        RegisterProvince command = new RegisterProvince(request.code(), request.name().strip(), request.officialCode(),
                BusinessCalendar.today(clock));
        return dispatcher.send(HttpStatus.CREATED, request, command, (c, result) -> new ProvinceAnswer(c.code()));
    }

    @Operation(operationId = "recordUnitChange", summary = "Record a merge, split, rename, reclassification or dissolution of units",
            description = "The same changeId sent again with the same change records nothing and answers it again; "
                    + "with another change it is refused (400 naming changeId).")
    @PostMapping("/api/units/changes")
    public ResponseEntity<Object> change(@Valid @RequestBody UnitChangeRequest request) {
        ChangeUnits command = new ChangeUnits(Objects.requireNonNullElseGet(request.changeId(), UUID::randomUUID), request.kind(),
                request.effectiveOn(), request.reference().strip(), request.from(), request.into(),
                request.name() == null ? null : request.name().strip(), request.communeKind(), request.area(),
                request.provinceCode(), request.villages());
        return dispatcher.send(HttpStatus.CREATED, request, command, (c, result) -> new UnitChangeAnswer(c.changeId()));
    }
}
