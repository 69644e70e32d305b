package vn.householdledger.command.household;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The household lookups of fixture tests, as the events of other households would have left them. */
public class InMemoryHouseholdRegistry implements HouseholdRegistry {

    private final Map<String, UUID> codes = new HashMap<>();
    private final Map<String, UUID> nationalIds = new HashMap<>();
    private final Map<UUID, Placement> placements = new HashMap<>();

    /** A household registered under {@code code}, in Hà Lan. */
    public InMemoryHouseholdRegistry withCode(String code, UUID householdId) {
        codes.put(code, householdId);
        placements.put(householdId, new Placement("HA_LAN", true, "Thôn 1"));
        return this;
    }

    /** A household of {@code communeCode}, living in {@code village}, open or closed. */
    public InMemoryHouseholdRegistry withPlacement(UUID householdId, String communeCode, String village, boolean open) {
        placements.put(householdId, new Placement(communeCode, open, village));
        return this;
    }

    public InMemoryHouseholdRegistry withNationalId(String nationalId, UUID householdId) {
        nationalIds.put(nationalId, householdId);
        return this;
    }

    @Override
    public Optional<UUID> holderOfCode(String code) {
        return Optional.ofNullable(codes.get(code));
    }

    @Override
    public Optional<UUID> holderOfNationalId(String nationalId) {
        return Optional.ofNullable(nationalIds.get(nationalId));
    }

    @Override
    public Optional<Placement> placementOf(UUID householdId) {
        return Optional.ofNullable(placements.get(householdId));
    }
}
