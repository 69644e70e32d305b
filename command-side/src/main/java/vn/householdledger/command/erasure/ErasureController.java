package vn.householdledger.command.erasure;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.api.erasure.ErasureAnswer;
import vn.householdledger.api.erasure.ErasureRequest;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.command.dispatch.CommandDispatcher;
import vn.householdledger.command.household.EraseHousehold;

/** For admins: a closed case's personal data erased (its key deleted), its history and counts kept. */
@RestController
public class ErasureController {

    private final CommandDispatcher dispatcher;
    private final Clock clock;

    public ErasureController(CommandDispatcher dispatcher, Clock clock) {
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Operation(operationId = "eraseHousehold", summary = "Erase a closed household's personal data (crypto-shredding)")
    @PostMapping("/api/admin/households/{householdId}/erasure")
    public ResponseEntity<Object> erase(@PathVariable UUID householdId, @Valid @RequestBody ErasureRequest request) {
        EraseHousehold command = new EraseHousehold(householdId, request.reason(), BusinessCalendar.today(clock));
        return dispatcher.send(HttpStatus.OK, request, command, (c, result) -> new ErasureAnswer(c.householdId(), c.erasedOn()));
    }
}
