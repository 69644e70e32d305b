package vn.householdledger.command.commune;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.householdledger.platform.problem.InvalidInput;

/**
 * The units and provinces known to the command side, as {@link CommuneLookups}
 * record them from the events: the one place that says which unit a household belongs to on a day,
 * following the merges and splits in force by then, and what that unit is that day.
 */
public interface CommuneDirectory {

    /** The unit {@code code} itself as it stands on {@code day}; empty when no unit of that code is registered. */
    Optional<UnitOnDay> unitOn(String code, LocalDate day);

    /**
     * The unit that a household recorded in unit {@code code}, village {@code village} (null: any), belongs
     * to on {@code day}: its own, or the one its village was split off into, or the one its unit merged into.
     */
    UnitOnDay unitOf(String code, String village, LocalDate day);

    boolean isProvince(String code);

    /** The units a unit change of this id wrote to (none when the id is new). */
    Set<String> unitsOfChange(UUID changeId);

    boolean isRegistered(String code);

    /** The unit {@code code} on {@code day}, registered and in force then; else refused, naming {@code field}. */
    default UnitOnDay inForce(String field, String code, LocalDate day) {
        UnitOnDay unit = unitOn(code, day).orElseThrow(() -> new InvalidInput(field, "commune.unknown", code));
        unit.life().requireInForceOn(day, field);
        return unit;
    }
}
