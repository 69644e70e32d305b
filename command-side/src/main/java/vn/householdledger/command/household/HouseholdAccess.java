package vn.householdledger.command.household;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.householdledger.platform.problem.NotFound;
import vn.householdledger.command.commune.UnitScope;

/** Whether the caller may write to a household: a worker of the unit the household belongs to today ({@link UnitScope}). */
@Component
public class HouseholdAccess {

    private final HouseholdRegistry registry;
    private final UnitScope scope;

    public HouseholdAccess(HouseholdRegistry registry, UnitScope scope) {
        this.registry = registry;
        this.scope = scope;
    }

    /** The household's commune, once the caller is known to be allowed to write there. */
    public String requireWritable(UUID householdId) {
        HouseholdRegistry.Placement placement = registry.placementOf(householdId)
                .orElseThrow(() -> new NotFound("notFound.household", householdId));
        scope.requireWrite(placement.communeCode(), placement.village());
        return placement.communeCode();
    }

    /** Refuses unless the caller may register a household in the village {@code village} of unit {@code communeCode}. */
    public void requireRegistrable(String communeCode, String village) {
        scope.requireWrite(communeCode, village);
    }
}
