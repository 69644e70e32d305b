package vn.householdledger.standalone.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.householdledger.testing.LedgerApi;

/** An event as the event store holds it: its payload and its metadata, as JSON. */
record StoredEvent(JsonNode payload, JsonNode metadata) {

    /** Every event of {@code type} in {@code aggregate}'s stream, oldest first. */
    static List<StoredEvent> of(JdbcTemplate jdbc, UUID aggregate, Class<?> type) {
        return jdbc.query("""
                        SELECT convert_from(payload, 'UTF8'), convert_from(meta_data, 'UTF8') FROM event_store.domain_event_entry
                         WHERE aggregate_identifier = ? AND payload_type = ? ORDER BY sequence_number""",
                (rs, i) -> new StoredEvent(read(rs.getString(1)), read(rs.getString(2))), aggregate.toString(), type.getName());
    }

    private static JsonNode read(String json) {
        try {
            return LedgerApi.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError(json, e);
        }
    }
}
