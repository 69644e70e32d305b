package vn.householdledger.command.commune;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.api.unit.ProvinceAnswer;
import vn.householdledger.api.unit.RegisterProvinceRequest;
import vn.householdledger.api.unit.UnitChangeAnswer;
import vn.householdledger.api.unit.UnitChangeRequest;
import vn.householdledger.command.dispatch.CommandDispatcher;

/**
 * Units that change, for admins: the provinces above communes, and the changes of communes by a legal
 * act. A change sent again with its {@code changeId} records nothing and answers as the first did, when
 * it says the same; with another change, that id is refused.
 */
@RestController
public class UnitChangeController {

    private final CommandDispatcher dispatcher;
    private final Clock clock;

    public UnitChangeController(CommandDispatcher dispatcher, Clock clock) {
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Operation(operationId = "registerProvince", summary = "Register a province above communes")
    @PostMapping("/api/provinces")
    public ResponseEntity<Object> registerProvince(@Valid @RequestBody RegisterProvinceRequest request) {
        RegisterProvince command = new RegisterProvince(request.code(), request.name().strip(), request.officialCode(),
                BusinessCalendar.today(clock));
        return dispatcher.send(HttpStatus.CREATED, request, command, (c, result) -> new ProvinceAnswer(c.code()));
    }

    @Operation(operationId = "recordUnitChange", summary = "Record a merge, split, rename, reclassification or dissolution of units")
    @PostMapping("/api/units/changes")
    public ResponseEntity<Object> change(@Valid @RequestBody UnitChangeRequest request) {
        ChangeUnits command = new ChangeUnits(Objects.requireNonNullElseGet(request.changeId(), UUID::randomUUID), request.kind(),
                request.effectiveOn(), request.reference().strip(), request.from(), request.into(),
                request.name() == null ? null : request.name().strip(), request.communeKind(), request.area(),
                request.provinceCode(), request.villages());
        return dispatcher.send(HttpStatus.CREATED, request, command, (c, result) -> new UnitChangeAnswer(c.changeId()));
    }
}
