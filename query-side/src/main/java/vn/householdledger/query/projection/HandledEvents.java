package vn.householdledger.query.projection;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.householdledger.platform.processing.CommandTransactionProcessing;

/**
 * Counts the events each projection handles, in {@code query_side.projection_count}: an interceptor
 * on every event processor adds a batch's events when the batch commits, in the transaction that
 * also stores the processor's token, so that a stored token and its count always agree. A parked
 * event counts as handled (the processor has seen it; its dead letter shows it); retrying a dead
 * letter does not count it again. A rebuild resets the count with the token. Handlers that record in
 * a command's own transaction (the command side's lookups, in the standalone) are no projection and
 * are not counted: every command would otherwise wait for the others on their one counter row.
 */
@Component
public class HandledEvents {

    public static final String TABLE = "query_side.projection_count";
    private static final String RESOURCE = HandledEvents.class.getName();

    private final JdbcTemplate jdbc;

    public HandledEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Autowired
    void countOnEveryProjection(EventProcessingConfigurer processing, ListableBeanFactory beans) {
        Set<String> inCommandTransaction = CommandTransactionProcessing.groups(beans);
        processing.registerDefaultHandlerInterceptor((configuration, processor) ->
                inCommandTransaction.contains(processor) ? null : counter(processor));
    }

    /** Each projection's count, by processor name. */
    public Map<String, Long> all() {
        Map<String, Long> handled = new HashMap<>();
        jdbc.query("SELECT processor, handled FROM " + TABLE, rs -> {
            handled.put(rs.getString(1), rs.getLong(2));
        });
        return handled;
    }

    /** The events one projection has handled since its last reset (0 before its first batch). */
    public long of(String processor) {
        return jdbc.query("SELECT handled FROM " + TABLE + " WHERE processor = ?",
                rs -> rs.next() ? rs.getLong(1) : 0L, processor);
    }

    /** Back to zero; call it in the transaction that resets the processor's token. */
    public void reset(String processor) {
        jdbc.update("DELETE FROM " + TABLE + " WHERE processor = ?", processor);
    }

    MessageHandlerInterceptor<EventMessage<?>> counter(String processor) {
        return (UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) -> {
            Object result = chain.proceed();
            if (unitOfWork.getResource(DeadLetter.class.getName()) == null) {
                UnitOfWork<?> root = unitOfWork.root();
                long[] batch = root.getOrComputeResource(RESOURCE, key -> {
                    long[] created = {0};
                    root.onPrepareCommit(u -> add(processor, created[0]));
                    return created;
                });
                batch[0]++;
            }
            return result;
        };
    }

    private void add(String processor, long handled) {
        jdbc.update("INSERT INTO " + TABLE + " AS c (processor, handled) VALUES (?, ?) "
                + "ON CONFLICT (processor) DO UPDATE SET handled = c.handled + excluded.handled", processor, handled);
    }
}
