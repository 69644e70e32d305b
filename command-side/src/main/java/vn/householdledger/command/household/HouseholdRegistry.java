package vn.householdledger.command.household;

import java.util.Optional;
import java.util.UUID;

/**
 * The rules that span households, kept in lookup tables written in the same transaction as the
 * household's events: a household code for one household only, a national id in one open household
 * at most, and where each household is (for the commune scope of writes).
 */
public interface HouseholdRegistry {

    /** Where a household is and whether it is still open. */
    record Placement(String communeCode, boolean open) {
    }

    /** Claims a household code; false when another household holds it. */
    boolean claimCode(String code, UUID householdId);

    /** Claims a national id for a member; the household already holding it, if another one does. */
    Optional<UUID> claimNationalId(String nationalId, UUID householdId, UUID memberId);

    void releaseNationalId(String nationalId, UUID householdId);

    /** Places the household in a commune (on registration and transfer). */
    void place(UUID householdId, String communeCode);

    /** Marks the household closed and frees every national id it held. */
    void close(UUID householdId);

    Optional<Placement> placementOf(UUID householdId);
}
