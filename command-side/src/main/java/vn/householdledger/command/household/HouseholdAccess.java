package vn.householdledger.command.household;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.householdledger.platform.problem.NotFound;
import vn.householdledger.platform.security.Caller;

/** Whether the caller may write to a household: a worker of the commune the household is in now. */
@Component
public class HouseholdAccess {

    private final HouseholdRegistry registry;

    public HouseholdAccess(HouseholdRegistry registry) {
        this.registry = registry;
    }

    /** The household's commune, once the caller is known to be allowed to write there. */
    public String requireWritable(UUID householdId) {
        HouseholdRegistry.Placement placement = registry.placementOf(householdId)
                .orElseThrow(() -> new NotFound("notFound.household", householdId));
        Caller.current().requireWrite(placement.communeCode());
        return placement.communeCode();
    }
}
