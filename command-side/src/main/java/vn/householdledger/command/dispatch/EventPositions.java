package vn.householdledger.command.dispatch;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.householdledger.platform.chain.AppendedPositions;
import vn.householdledger.platform.eventstore.EventStoreSchemaConfiguration;

/**
 * Global positions in the event store, for {@code X-Event-Position}. A command the dispatcher awaits
 * learns its last event's position from its own append, once committed; only a command that wrote
 * nothing, or a replay, asks the store.
 */
@Component
public class EventPositions implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** The commands being awaited, by message id: the last position each appended, 0 until it committed. */
    private final ConcurrentMap<String, Long> awaited = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;

    public EventPositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        String id = unitOfWork.getMessage().getIdentifier();
        unitOfWork.afterCommit(u -> AppendedPositions.lastIn(u)
                .ifPresent(last -> awaited.computeIfPresent(id, (command, none) -> last)));
        return chain.proceed();
    }

    /** Marks {@code command} as awaited: from now on its committed append's position is kept for {@link #lastOf}. */
    void await(CommandMessage<?> command) {
        awaited.put(command.getIdentifier(), 0L);
    }

    /**
     * The position of the last event {@code command} (awaited, now handled) appended; for one that appended
     * nothing, the position of the aggregate's newest event, so a read that waits for it sees the write.
     */
    long lastOf(CommandMessage<?> command, String aggregateId) {
        Long appended = awaited.get(command.getIdentifier());
        return appended != null && appended > 0 ? appended : lastOf(aggregateId);
    }

    /** Stops awaiting {@code command}, answered or failed. */
    void forget(CommandMessage<?> command) {
        awaited.remove(command.getIdentifier());
    }

    private long lastOf(String aggregateId) {
        Long position = jdbc.queryForObject("SELECT max(global_index) FROM " + EventStoreSchemaConfiguration.EVENT_TABLE
                + " WHERE aggregate_identifier = ?", Long.class, aggregateId);
        return position == null ? 0 : position;
    }

    /**
     * The position of the newest event that {@code account}'s request with Idempotency-Key {@code key}
     * caused in the aggregate, so that a replay answers the first answer's position however much was
     * written there since; the aggregate's newest position if that request's events cannot be told apart.
     */
    long lastCausedBy(String aggregateId, String account, String key) {
        Long position = jdbc.queryForObject("SELECT max(global_index) FROM " + EventStoreSchemaConfiguration.EVENT_TABLE
                        + " WHERE aggregate_identifier = ? AND convert_from(meta_data, 'UTF8')::jsonb"
                        + " @> jsonb_build_object('" + RequestMetadata.RECORDED_BY + "', ?::text, '"
                        + RequestMetadata.IDEMPOTENCY_KEY + "', ?::text)",
                Long.class, aggregateId, account, key);
        return position == null ? lastOf(aggregateId) : position;
    }
}
