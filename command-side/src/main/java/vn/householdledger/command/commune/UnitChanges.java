package vn.householdledger.command.commune;

import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;


import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.householdledger.api.unit.UnitChangeKind;
import vn.householdledger.platform.problem.FieldRefusal;
import vn.householdledger.platform.problem.InvalidInput;

/**
 * Records a unit change: checks the request's shape for its kind, then loads every unit it names
 * through the {@link Commune} repository in the command's unit of work, and asks each its part
 * ({@link ChangeUnit} of each {@code from}, then {@link ReceiveUnits} of {@code into}). The units decide;
 * their events are stored in one transaction, all or none. Each change accepted (one sent again too) is
 * logged and counted by kind ({@code ledger.unit.changes}) once committed.
 */
@Component
public class UnitChanges {

    private static final Logger log = LoggerFactory.getLogger(UnitChanges.class);

    private final Repository<Commune> communes;
    private final CommuneDirectory directory;
    private final Map<UnitChangeKind, Counter> recorded = new EnumMap<>(UnitChangeKind.class);

    public UnitChanges(Repository<Commune> communes, CommuneDirectory directory, MeterRegistry meters) {
        this.communes = communes;
        this.directory = directory;
        for (UnitChangeKind kind : UnitChangeKind.values()) {
            recorded.put(kind, Counter.builder("ledger.unit.changes").tag("kind", kind.name())
                    .description("Changes of units accepted (merges, splits, renames, reclassifications, dissolutions)")
                    .register(meters));
        }
    }

    @CommandHandler
    public UUID handle(ChangeUnits change) throws Exception {
        requireShapeOf(change);
        requireKnown(change);
        Set<String> named = new LinkedHashSet<>(change.from());
        if (change.into() != null) {
            named.add(change.into());
        }
        if (!named.containsAll(directory.unitsOfChange(change.changeId()))) {
            throw new InvalidInput("changeId", "unit.change.idUsed", change.changeId());
        }
        // Loaded (and locked) in one order, so that two changes of the same units wait for each other rather than deadlock.
        Map<String, Aggregate<Commune>> units = new TreeMap<>();
        for (String code : named.stream().sorted().toList()) {
            units.put(code, communes.load(code));
        }
        for (String code : change.from()) {
            units.get(code).handle(asCommandMessage(ChangeUnit.of(code, change)));
        }
        if (change.into() != null) {
            String name = change.kind() == UnitChangeKind.MERGE ? change.name() : null;
            units.get(change.into()).handle(asCommandMessage(
                    new ReceiveUnits(change.into(), change.changeId(), change.effectiveOn(), change.reference(), name)));
        }
        CurrentUnitOfWork.get().afterCommit(u -> {
            recorded.get(change.kind()).increment();
            log.info("Unit change {} accepted: {} of {} into {}, effective {}, by {}", change.changeId(), change.kind(),
                    change.from(), change.into(), change.effectiveOn(), change.reference());
        });
        return change.changeId();
    }

    /** Each kind takes its own fields and no other's. */
    private static void requireShapeOf(ChangeUnits c) {
        UnitChangeKind kind = c.kind();
        List<FieldRefusal> problems = new ArrayList<>();
        boolean merge = kind == UnitChangeKind.MERGE;
        boolean split = kind == UnitChangeKind.SPLIT;
        boolean reclassify = kind == UnitChangeKind.RECLASSIFY;
        expect(problems, kind, "into", c.into() != null, merge || split, merge || split);
        expect(problems, kind, "name", c.name() != null, kind == UnitChangeKind.RENAME, merge || kind == UnitChangeKind.RENAME);
        expect(problems, kind, "villages", !c.villages().isEmpty(), split, split);
        expect(problems, kind, "communeKind", c.communeKind() != null, false, reclassify);
        expect(problems, kind, "area", c.area() != null, false, reclassify);
        expect(problems, kind, "provinceCode", c.provinceCode() != null, false, reclassify);
        if (reclassify && c.communeKind() == null && c.area() == null && c.provinceCode() == null) {
            problems.add(FieldRefusal.of("area", "unit.change.nothingToReclassify"));
        }
        if (split && c.from().size() != 1) {
            problems.add(FieldRefusal.of("from", "unit.change.oneUnit", kind));
        }
        twice(problems, "from", c.from());
        twice(problems, "villages", c.villages());
        if (c.into() != null && c.from().contains(c.into())) {
            problems.add(FieldRefusal.of("into", "unit.change.intoItself", c.into()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static void expect(List<FieldRefusal> problems, UnitChangeKind kind, String field, boolean given, boolean required,
                               boolean allowed) {
        if (required && !given) {
            problems.add(FieldRefusal.of(field, "unit.change.required", kind));
        } else if (!allowed && given) {
            problems.add(FieldRefusal.of(field, "unit.change.notExpected", kind));
        }
    }

    private static void twice(List<FieldRefusal> problems, String field, List<String> values) {
        Set<String> seen = new HashSet<>();
        values.stream().filter(v -> !seen.add(v)).findFirst()
                .ifPresent(v -> problems.add(FieldRefusal.of(field, "unit.change.twice", v)));
    }

    /** The units named are registered, as is a province a reclassification names. */
    private void requireKnown(ChangeUnits c) {
        List<FieldRefusal> problems = new ArrayList<>();
        c.from().stream().filter(code -> !directory.isRegistered(code)).findFirst()
                .ifPresent(code -> problems.add(FieldRefusal.of("from", "commune.unknown", code)));
        if (c.into() != null && !directory.isRegistered(c.into())) {
            problems.add(FieldRefusal.of("into", "commune.unknown", c.into()));
        }
        if (c.provinceCode() != null && !directory.isProvince(c.provinceCode())) {
            problems.add(FieldRefusal.of("provinceCode", "province.unknown", c.provinceCode()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
