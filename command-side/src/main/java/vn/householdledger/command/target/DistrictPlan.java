package vn.householdledger.command.target;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.householdledger.api.target.TargetCode;
import vn.householdledger.events.target.DistrictTargetsSet;
import vn.householdledger.events.target.DistrictTargetsSet.Target;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.platform.problem.FieldRefusal;

/**
 * The district's plan for one year: its targets in percent. The first setting creates it; a later
 * one replaces the whole list, and one that changes nothing records nothing.
 */
@Aggregate
public class DistrictPlan {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_DECIMALS = 2;

    @AggregateIdentifier
    private String planId;
    private Map<TargetCode, BigDecimal> targets = Map.of();

    protected DistrictPlan() {
    }

    /** The plan of {@code year}: one stream per year. */
    public static String idOf(int year) {
        return "district-plan-" + year;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SetDistrictTargets command) {
        List<FieldRefusal> problems = new ArrayList<>();
        if (command.targets().isEmpty()) {
            problems.add(FieldRefusal.of("targets", "target.none"));
        }
        Map<TargetCode, BigDecimal> given = new EnumMap<>(TargetCode.class);
        for (int i = 0; i < command.targets().size(); i++) {
            Target target = command.targets().get(i);
            if (target.value().signum() < 0 || target.value().compareTo(HUNDRED) > 0) {
                problems.add(FieldRefusal.of("targets[" + i + "].value", "target.value.percent"));
            } else if (target.value().stripTrailingZeros().scale() > MAX_DECIMALS) {
                problems.add(FieldRefusal.of("targets[" + i + "].value", "target.value.decimals"));
            }
            if (given.put(target.code(), target.value()) != null) {
                problems.add(FieldRefusal.of("targets[" + i + "].code", "target.code.twice", target.code()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (planId == null || !sameValues(given, targets)) {
            apply(new DistrictTargetsSet(command.year(), List.copyOf(command.targets()), command.setOn()));
        }
    }

    @EventSourcingHandler
    void on(DistrictTargetsSet event) {
        planId = idOf(event.year());
        Map<TargetCode, BigDecimal> set = new EnumMap<>(TargetCode.class);
        event.targets().forEach(t -> set.put(t.code(), t.value()));
        targets = set;
    }

    /** 85 and 85.00 are the same target. */
    private static boolean sameValues(Map<TargetCode, BigDecimal> a, Map<TargetCode, BigDecimal> b) {
        return a.keySet().equals(b.keySet()) && a.entrySet().stream().allMatch(e -> e.getValue().compareTo(b.get(e.getKey())) == 0);
    }
}
