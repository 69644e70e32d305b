package vn.householdledger.command.commune;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.householdledger.api.commune.Area;

/** The unit lookup of fixture tests: units that never change, unless a test merges one. */
public class InMemoryCommuneDirectory implements CommuneDirectory {

    private final Map<String, UnitOnDay> units = new HashMap<>();
    private final Map<String, String> mergedInto = new HashMap<>();
    private final Set<String> provinces = new HashSet<>();

    public InMemoryCommuneDirectory with(String code, Area area) {
        units.put(code, new UnitOnDay(code, area, null, new UnitLife(code, null, null)));
        return this;
    }

    /** {@code code} is part of {@code into} from {@code on}. */
    public InMemoryCommuneDirectory merged(String code, String into, LocalDate on) {
        UnitOnDay unit = units.get(code);
        units.put(code, new UnitOnDay(code, unit.area(), unit.provinceCode(), new UnitLife(code, unit.life().establishedOn(), on)));
        mergedInto.put(code, into);
        return this;
    }

    public InMemoryCommuneDirectory withProvince(String code) {
        provinces.add(code);
        return this;
    }

    @Override
    public Optional<UnitOnDay> unitOn(String code, LocalDate day) {
        return Optional.ofNullable(units.get(code));
    }

    @Override
    public UnitOnDay unitOf(String code, String village, LocalDate day) {
        UnitOnDay unit = units.get(code);
        LocalDate ended = unit.life().endedOn();
        return mergedInto.containsKey(code) && !day.isBefore(ended) ? unitOf(mergedInto.get(code), village, day) : unit;
    }

    @Override
    public boolean isRegistered(String code) {
        return units.containsKey(code);
    }

    @Override
    public boolean isProvince(String code) {
        return provinces.contains(code);
    }

    @Override
    public Set<String> unitsOfChange(UUID changeId) {
        return Set.of();
    }
}
