package vn.householdledger.command.integrity;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.api.admin.StoreVerification;

/** An admin's check of the event store: every household's hash chain re-computed, and the day anchored. */
@RestController
public class VerifyController {

    private final ChainVerifier verifier;

    public VerifyController(ChainVerifier verifier) {
        this.verifier = verifier;
    }

    @Operation(summary = "Re-compute every household's hash chain and name each event altered, missing or reordered")
    @PostMapping("/api/admin/verify")
    public StoreVerification verify() {
        return verifier.verify();
    }
}
