package vn.householdledger.command.lookup;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.api.admin.LookupsRebuilt;

/** For admins: the lookups rebuilt from the event store, answered once they are committed. */
@RestController
public class LookupAdminController {

    private final LookupRebuild rebuild;

    public LookupAdminController(LookupRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Operation(summary = "Rebuild the command side's lookups from the event store, commands held off meanwhile")
    @PostMapping("/api/admin/lookups/rebuild")
    public LookupsRebuilt rebuildLookups() {
        return rebuild.rebuild();
    }
}
