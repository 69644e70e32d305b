package vn.householdledger.command.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.callbacks.NoOpCallback;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;
import vn.householdledger.command.dispatch.AddressedCommand;

/**
 * Sends a household's commands as one unit: each is dispatched as usual (the metadata every command gets,
 * the checks before its aggregate, the aggregate's rules), but inside one unit of work of Axon's that holds
 * them all, so that their events are stored together when it commits, in one transaction with the lookups
 * they record, or not at all. The aggregate a command creates is the one the next command finds. A dry run
 * rolls the unit back before anything is stored: no event, no lookup row, not even a position of the event
 * store is used. The commands go out once: the command gateway's retries would send one again on another
 * thread, outside the unit.
 */
@Component
public class HouseholdUnit {

    private final CommandGateway once;
    private final TransactionManager transactions;

    public HouseholdUnit(CommandBus commandBus, List<MessageDispatchInterceptor<? super CommandMessage<?>>> interceptors,
                         TransactionManager transactions) {
        // Refusals are the import's results, recorded per household: not one WARN each, as the gateway would log them.
        this.once = DefaultCommandGateway.builder().commandBus(commandBus).dispatchInterceptors(interceptors)
                .commandCallback(NoOpCallback.INSTANCE).build();
        this.transactions = transactions;
    }

    /**
     * Sends {@code commands} in order, each with {@code metadata}, and answers their results once their
     * events are stored ({@code keep}) or rolled back; the first refusal rolls them all back and is thrown.
     */
    public List<Object> send(List<? extends AddressedCommand> commands, Map<String, ?> metadata, boolean keep) {
        UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(null);
        unit.attachTransaction(transactions);
        List<Object> results = new ArrayList<>();
        try {
            for (AddressedCommand command : commands) {
                results.add(once.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metadata)));
            }
        } catch (RuntimeException refused) {
            unit.rollback(refused);
            throw refused;
        }
        if (keep) {
            unit.commit();
        } else {
            unit.rollback();
        }
        return results;
    }
}
