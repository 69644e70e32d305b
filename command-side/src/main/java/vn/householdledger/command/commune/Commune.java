package vn.householdledger.command.commune;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.commune.CommuneKind;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.api.unit.UnitChangeKind;
import vn.householdledger.events.commune.CommuneRegistered;
import vn.householdledger.events.commune.CommuneYearPlanned;
import vn.householdledger.events.commune.UnitDissolved;
import vn.householdledger.events.commune.UnitMerged;
import vn.householdledger.events.commune.UnitReclassified;
import vn.householdledger.events.commune.UnitRenamed;
import vn.householdledger.events.commune.UnitSplit;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.platform.problem.RuleViolation;

/**
 * A commune or ward (xã, phường): its unique code ({@link CommuneUniqueness}), its plan for each year,
 * and its life as a unit: established on a day, renamed, reclassified, split, and ended by a merge or a
 * dissolution. It decides each change of itself from its own events; {@link UnitChanges} asks every
 * unit a change names, in one transaction.
 */
@Aggregate
public class Commune {

    @AggregateIdentifier
    private String code;
    private UnitLife life;
    /** The unit it merged into, once it has. */
    private String mergedInto;
    /** Its name from each date; the registration's at {@link LocalDate#MIN}. */
    private final NavigableMap<LocalDate, String> names = new TreeMap<>();
    /** Its kind, area and province from each date; the registration's at {@link LocalDate#MIN}. */
    private final NavigableMap<LocalDate, Standing> standings = new TreeMap<>();
    /** Each village split off: the day and the unit it went to. */
    private final Map<String, UnitSplit> splitVillages = new HashMap<>();
    /** What each change recorded here, by change id: the same id sent again must say the same. */
    private final Map<UUID, List<Object>> changes = new HashMap<>();

    /** What a reclassification sets. */
    private record Standing(CommuneKind kind, Area area, String provinceCode) {
    }

    protected Commune() {
    }

    @CommandHandler
    public Commune(RegisterCommune command, CommuneDirectory directory) {
        if (command.provinceCode() != null && !directory.isProvince(command.provinceCode())) {
            throw new InvalidInput("provinceCode", "province.unknown", command.provinceCode());
        }
        apply(new CommuneRegistered(command.code(), command.name(), command.kind(), command.area(), command.registeredOn(),
                command.establishedOn(), command.provinceCode(), command.officialCode(), command.district()));
    }

    @CommandHandler
    public void handle(PlanCommuneYear command) {
        if (command.poorTargetEndOfYear() > command.households()) {
            throw new InvalidInput("poorTargetEndOfYear", "commune.target.exceedsHouseholds", command.households());
        }
        apply(new CommuneYearPlanned(code, command.year(), command.households(), command.poorTargetEndOfYear(),
                command.plannedOn()));
    }

    /**
     * This unit's part in a change. The same change id again records nothing when it says what was
     * recorded, and is refused otherwise; a change that would leave the unit as it is (one of the same
     * day that says the same, under another id, included) records nothing.
     */
    @CommandHandler
    public void handle(ChangeUnit command) {
        if (changes.containsKey(command.changeId())) {
            requireSameChange(command.changeId(), recorded -> says(command, recorded));
            return;
        }
        if (saidOnTheDay(command)) {
            return;
        }
        requireNoConflict(command);
        life.requireInForceOn(command.effectiveOn(), "from");
        Object event = eventOf(command);
        if (event != null) {
            apply(event);
        }
    }

    /** The {@code into} of a merge or a split exists on its day; a merge may rename it from then. */
    @CommandHandler
    public void handle(ReceiveUnits command) {
        LocalDate day = command.effectiveOn();
        if (changes.containsKey(command.changeId())) {
            requireSameChange(command.changeId(), recorded -> recorded instanceof UnitRenamed r && r.name().equals(command.name())
                    && r.effectiveOn().equals(day) && r.reference().equals(command.reference()));
            return;
        }
        if (command.name() != null) {
            requireNoOtherName(day, command.name());
        }
        life.requireInForceOn(day, "into");
        if (command.name() != null && !command.name().equals(names.floorEntry(day).getValue())) {
            apply(new UnitRenamed(code, command.changeId(), command.name(), day, command.reference()));
        }
    }

    /** The event of this unit's part in the change: null when the unit would stay as it is. */
    private Object eventOf(ChangeUnit c) {
        return switch (c.kind()) {
            case MERGE -> new UnitMerged(code, c.changeId(), c.into(), c.effectiveOn(), c.reference());
            case SPLIT -> new UnitSplit(code, c.changeId(), c.into(), List.copyOf(c.villages()), c.effectiveOn(), c.reference());
            case RENAME -> c.name().equals(names.floorEntry(c.effectiveOn()).getValue()) ? null
                    : new UnitRenamed(code, c.changeId(), c.name(), c.effectiveOn(), c.reference());
            case RECLASSIFY -> {
                Standing next = standingFrom(c);
                yield next.equals(standings.floorEntry(c.effectiveOn()).getValue()) ? null : new UnitReclassified(code,
                        c.changeId(), next.kind(), next.area(), next.provinceCode(), c.effectiveOn(), c.reference());
            }
            case DISSOLVE -> new UnitDissolved(code, c.changeId(), c.effectiveOn(), c.reference());
        };
    }

    /** Whether a change of the same kind on the same day already said what {@code c} says. */
    private boolean saidOnTheDay(ChangeUnit c) {
        LocalDate day = c.effectiveOn();
        return switch (c.kind()) {
            case MERGE -> day.equals(life.endedOn()) && c.into().equals(mergedInto);
            case DISSOLVE -> day.equals(life.endedOn()) && mergedInto == null;
            case SPLIT -> c.villages().stream().allMatch(village -> splitVillages.containsKey(village)
                    && splitVillages.get(village).effectiveOn().equals(day) && splitVillages.get(village).into().equals(c.into()));
            case RENAME -> c.name().equals(names.get(day));
            case RECLASSIFY -> standings.containsKey(day) && standings.get(day).equals(standingFrom(c));
        };
    }

    /** The unit's kind, area and province from the day of a reclassification: what it names, else what was in force. */
    private Standing standingFrom(ChangeUnit c) {
        Standing then = standings.floorEntry(c.effectiveOn()).getValue();
        return new Standing(Objects.requireNonNullElse(c.communeKind(), then.kind()), Objects.requireNonNullElse(c.area(), then.area()),
                c.provinceCode() == null ? then.provinceCode() : c.provinceCode());
    }

    /** A unit takes one change of a kind on a day: another that says otherwise is refused. */
    private void requireNoConflict(ChangeUnit c) {
        LocalDate day = c.effectiveOn();
        boolean conflicts = switch (c.kind()) {
            case MERGE -> day.equals(life.endedOn()) && mergedInto != null;
            case SPLIT -> c.villages().stream().anyMatch(village -> splitVillages.containsKey(village)
                    && splitVillages.get(village).effectiveOn().equals(day) && !splitVillages.get(village).into().equals(c.into()));
            case RENAME -> names.containsKey(day);
            case RECLASSIFY -> standings.containsKey(day);
            case DISSOLVE -> false;
        };
        if (conflicts) {
            throw conflict(day);
        }
    }

    private void requireNoOtherName(LocalDate day, String name) {
        if (names.containsKey(day) && !names.get(day).equals(name)) {
            throw conflict(day);
        }
    }

    private RuleViolation conflict(LocalDate day) {
        return new RuleViolation(RuleCode.CONFLICTING_CHANGE, code, day);
    }

    private void requireSameChange(UUID changeId, Predicate<Object> same) {
        if (changes.get(changeId).stream().noneMatch(same)) {
            throw new InvalidInput("changeId", "unit.change.idUsed", changeId);
        }
    }

    /** Whether {@code recorded} is what {@code c} asked of this unit (a reclassification: each value it named). */
    private static boolean says(ChangeUnit c, Object recorded) {
        if (recorded instanceof UnitMerged e) {
            return c.kind() == UnitChangeKind.MERGE && e.into().equals(c.into()) && same(c, e.effectiveOn(), e.reference());
        }
        if (recorded instanceof UnitSplit e) {
            return c.kind() == UnitChangeKind.SPLIT && e.into().equals(c.into()) && e.villages().equals(c.villages())
                    && same(c, e.effectiveOn(), e.reference());
        }
        if (recorded instanceof UnitRenamed e) {
            return c.kind() == UnitChangeKind.RENAME && e.name().equals(c.name()) && same(c, e.effectiveOn(), e.reference());
        }
        if (recorded instanceof UnitReclassified e) {
            return c.kind() == UnitChangeKind.RECLASSIFY
                    && (c.communeKind() == null || c.communeKind() == e.kind()) && (c.area() == null || c.area() == e.area())
                    && (c.provinceCode() == null || c.provinceCode().equals(e.provinceCode()))
                    && same(c, e.effectiveOn(), e.reference());
        }
        return recorded instanceof UnitDissolved e && c.kind() == UnitChangeKind.DISSOLVE && same(c, e.effectiveOn(), e.reference());
    }

    private static boolean same(ChangeUnit c, LocalDate effectiveOn, String reference) {
        return c.effectiveOn().equals(effectiveOn) && c.reference().equals(reference);
    }

    @EventSourcingHandler
    void on(CommuneRegistered event) {
        code = event.code();
        life = new UnitLife(code, event.establishedOn(), null);
        names.put(LocalDate.MIN, event.name());
        standings.put(LocalDate.MIN, new Standing(event.kind(), event.area(), event.provinceCode()));
    }

    @EventSourcingHandler
    void on(UnitMerged event) {
        mergedInto = event.into();
        ended(event.effectiveOn());
        recorded(event.changeId(), event);
    }

    @EventSourcingHandler
    void on(UnitDissolved event) {
        ended(event.effectiveOn());
        recorded(event.changeId(), event);
    }

    @EventSourcingHandler
    void on(UnitRenamed event) {
        names.put(event.effectiveOn(), event.name());
        recorded(event.changeId(), event);
    }

    @EventSourcingHandler
    void on(UnitReclassified event) {
        standings.put(event.effectiveOn(), new Standing(event.kind(), event.area(), event.provinceCode()));
        recorded(event.changeId(), event);
    }

    @EventSourcingHandler
    void on(UnitSplit event) {
        event.villages().forEach(village -> splitVillages.put(village, event));
        recorded(event.changeId(), event);
    }

    private void ended(LocalDate on) {
        life = new UnitLife(code, life.establishedOn(), on);
    }

    private void recorded(UUID changeId, Object event) {
        changes.computeIfAbsent(changeId, id -> new ArrayList<>()).add(event);
    }
}
