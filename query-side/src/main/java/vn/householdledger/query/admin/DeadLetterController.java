package vn.householdledger.query.admin;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.api.admin.DeadLetterRetry;

/** For admins: a projection's parked events handled again, once the cause is fixed. */
@RestController
public class DeadLetterController {

    private final DeadLetterRetries retries;

    public DeadLetterController(DeadLetterRetries retries) {
        this.retries = retries;
    }

    @Operation(summary = "Retry the events a read model parked as dead letters")
    @PostMapping("/api/admin/projections/{name}/dead-letters/retry")
    public DeadLetterRetry retry(@PathVariable String name) {
        return retries.retry(name);
    }
}
