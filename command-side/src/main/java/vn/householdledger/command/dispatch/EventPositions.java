package vn.householdledger.command.dispatch;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.householdledger.platform.eventstore.EventStoreSchemaConfiguration;

/** Global positions in the event store, for {@code X-Event-Position}. */
@Repository
public class EventPositions {

    private final JdbcTemplate jdbc;

    public EventPositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The position of the aggregate's newest event: after a committed command, at least the position
     * of that command's last event, so a read that waits for it sees the write.
     */
    public long lastOf(String aggregateId) {
        Long position = jdbc.queryForObject("SELECT max(global_index) FROM " + EventStoreSchemaConfiguration.EVENT_TABLE
                + " WHERE aggregate_identifier = ?", Long.class, aggregateId);
        return position == null ? 0 : position;
    }

    /**
     * The position of the newest event that {@code account}'s request with Idempotency-Key {@code key}
     * caused in the aggregate, so that a replay answers the first answer's position however much was
     * written there since; the aggregate's newest position if that request's events cannot be told apart.
     */
    public long lastCausedBy(String aggregateId, String account, String key) {
        Long position = jdbc.queryForObject("SELECT max(global_index) FROM " + EventStoreSchemaConfiguration.EVENT_TABLE
                        + " WHERE aggregate_identifier = ? AND convert_from(meta_data, 'UTF8')::jsonb"
                        + " @> jsonb_build_object('" + RequestMetadata.RECORDED_BY + "', ?::text, '"
                        + RequestMetadata.IDEMPOTENCY_KEY + "', ?::text)",
                Long.class, aggregateId, account, key);
        return position == null ? lastOf(aggregateId) : position;
    }
}
