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
}
