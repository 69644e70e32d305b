package vn.householdledger.command.commune;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.events.commune.CommuneRegistered;
import vn.householdledger.events.commune.CommuneYearPlanned;
import vn.householdledger.platform.problem.InvalidInput;

/** A commune or ward (xã, phường): its unique code ({@link CommuneUniqueness}) and its plan for each year. */
@Aggregate
public class Commune {

    @AggregateIdentifier
    private String code;

    protected Commune() {
    }

    @CommandHandler
    public Commune(RegisterCommune command) {
        apply(new CommuneRegistered(command.code(), command.name(), command.kind(), command.area(), command.registeredOn()));
    }

    @CommandHandler
    public void handle(PlanCommuneYear command) {
        if (command.poorTargetEndOfYear() > command.households()) {
            throw new InvalidInput("poorTargetEndOfYear", "commune.target.exceedsHouseholds", command.households());
        }
        apply(new CommuneYearPlanned(code, command.year(), command.households(), command.poorTargetEndOfYear(),
                command.plannedOn()));
    }

    @EventSourcingHandler
    void on(CommuneRegistered event) {
        code = event.code();
    }
}
