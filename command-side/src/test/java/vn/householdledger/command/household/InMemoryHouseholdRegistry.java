package vn.householdledger.command.household;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The household lookups of fixture tests. */
public class InMemoryHouseholdRegistry implements HouseholdRegistry {

    private final Map<String, UUID> codes = new HashMap<>();
    private final Map<String, UUID> nationalIds = new HashMap<>();
    private final Map<UUID, Placement> placements = new HashMap<>();

    public InMemoryHouseholdRegistry withNationalId(String nationalId, UUID householdId) {
        nationalIds.put(nationalId, householdId);
        return this;
    }

    public InMemoryHouseholdRegistry withCode(String code, UUID householdId) {
        codes.put(code, householdId);
        return this;
    }

    public Optional<UUID> holderOf(String nationalId) {
        return Optional.ofNullable(nationalIds.get(nationalId));
    }

    @Override
    public boolean claimCode(String code, UUID householdId) {
        return codes.putIfAbsent(code, householdId) == null;
    }

    @Override
    public Optional<UUID> claimNationalId(String nationalId, UUID householdId, UUID memberId) {
        UUID holder = nationalIds.putIfAbsent(nationalId, householdId);
        return holder == null || holder.equals(householdId) ? Optional.empty() : Optional.of(holder);
    }

    @Override
    public void releaseNationalId(String nationalId, UUID householdId) {
        nationalIds.remove(nationalId, householdId);
    }

    @Override
    public void place(UUID householdId, String communeCode) {
        placements.put(householdId, new Placement(communeCode, true));
    }

    @Override
    public void close(UUID householdId) {
        placements.computeIfPresent(householdId, (id, p) -> new Placement(p.communeCode(), false));
        nationalIds.values().removeIf(householdId::equals);
    }

    @Override
    public Optional<Placement> placementOf(UUID householdId) {
        return Optional.ofNullable(placements.get(householdId));
    }
}
