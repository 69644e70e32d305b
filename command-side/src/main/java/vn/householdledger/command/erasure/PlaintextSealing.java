package vn.householdledger.command.erasure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.householdledger.platform.erasure.HouseholdKeys;
import vn.householdledger.platform.erasure.PersonalFields;

/**
 * Once per store, at start and before the event store's chain is first verified (which runs when the
 * application is ready, after every runner): the events stored before encryption, whose personal fields
 * are in clear, have them sealed in place under their household's key, logged and counted in
 * {@code command_side.plaintext_sealed}. The rewrite changes how a value is stored, never what it says.
 */
@Component
@Order(0)
public class PlaintextSealing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlaintextSealing.class);
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final HouseholdKeys keys;
    private final ObjectMapper json;

    public PlaintextSealing(JdbcTemplate jdbc, HouseholdKeys keys, ObjectMapper json) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM command_side.plaintext_sealed)", Boolean.class))) {
            return;
        }
        int sealed = 0;
        long after = -1;
        String query = "SELECT global_index, payload_type, payload FROM event_store.domain_event_entry"
                + " WHERE global_index > ? AND payload_type IN (" + String.join(", ", Collections.nCopies(PersonalFields.TYPES.size(), "?"))
                + ") ORDER BY global_index LIMIT " + BATCH;
        List<Stored> batch;
        do {
            List<Object> parameters = new ArrayList<>(List.of(after));
            parameters.addAll(PersonalFields.TYPES);
            batch = jdbc.query(query, (rs, row) -> new Stored(rs.getLong(1), rs.getString(2), rs.getBytes(3)),
                    parameters.toArray());
            for (Stored event : batch) {
                sealed += seal(event) ? 1 : 0;
                after = event.globalIndex();
            }
        } while (batch.size() == BATCH);
        jdbc.update("INSERT INTO command_side.plaintext_sealed (sealed_at, events) VALUES (now(), ?)", sealed);
        log.info("Sealed the personal fields of {} events stored before encryption; this runs once per store", sealed);
    }

    private boolean seal(Stored event) {
        try {
            ObjectNode payload = (ObjectNode) json.readTree(event.payload());
            UUID householdId = UUID.fromString(payload.get("householdId").asText());
            if (!PersonalFields.seal(event.type(), payload, keys.obtain(householdId))) {
                return false;
            }
            jdbc.update("UPDATE event_store.domain_event_entry SET payload = ? WHERE global_index = ?",
                    json.writeValueAsBytes(payload), event.globalIndex());
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Event " + event.globalIndex() + " is not JSON", e);
        }
    }

    private record Stored(long globalIndex, String type, byte[] payload) {
    }
}
