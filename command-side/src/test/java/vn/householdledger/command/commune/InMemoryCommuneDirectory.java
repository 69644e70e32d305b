package vn.householdledger.command.commune;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.householdledger.api.commune.Area;

/** The commune lookup of fixture tests. */
public class InMemoryCommuneDirectory implements CommuneDirectory {

    private final Map<String, Area> areas = new HashMap<>();

    public InMemoryCommuneDirectory with(String code, Area area) {
        areas.put(code, area);
        return this;
    }

    @Override
    public Optional<Area> areaOf(String code) {
        return Optional.ofNullable(areas.get(code));
    }
}
