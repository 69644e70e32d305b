package vn.householdledger.command.household;

import java.util.Optional;
import java.util.UUID;

/**
 * The lookups behind the rules that span households, as {@link HouseholdLookups} records them from the
 * events: which household holds a code, which open household a national id belongs to, and where
 * each household is (for the commune scope of writes).
 */
public interface HouseholdRegistry {

    /** Where a household is (its commune and the village it was registered in) and whether it is still open. */
    record Placement(String communeCode, boolean open, String village) {
    }

    /** The household registered under {@code code}, if any. */
    Optional<UUID> holderOfCode(String code);

    /** The open household a present member of which holds {@code nationalId}, if any. */
    Optional<UUID> holderOfNationalId(String nationalId);

    Optional<Placement> placementOf(UUID householdId);
}
