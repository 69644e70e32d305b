package vn.householdledger.command.erasure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PostConstruct;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.householdledger.platform.erasure.HouseholdKeys;
import vn.householdledger.platform.erasure.PersonalFields;

/**
 * Once per store, at start, before anything reads or appends events (this bean is made after the
 * command side's migrations and before the web server and the event processors start): the events
 * stored before encryption, whose personal fields are in clear, have them sealed in place under their
 * household's key, logged and counted in {@code command_side.plaintext_sealed}. The rewrite changes how
 * a value is stored, never what it says. It runs before the hash chain's first verification (which
 * waits for the application to be ready), so the chain anchors the sealed bytes; a store whose chain
 * already anchored events in clear is not rewritten (that would read as tampering): it says so, once.
 */
@Component
@DependsOn("commandSideFlyway")
public class PlaintextSealing {

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

    @PostConstruct
    void onceAtStart() {
        if (Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM command_side.plaintext_sealed)", Boolean.class))) {
            return;
        }
        int sealed = 0;
        if (Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM command_side.chain_start)", Boolean.class))) {
            log.error("The hash chain anchored this store's events before their personal fields were sealed: they are left "
                    + "as they are (a rewrite would read as tampering), and an erasure cannot reach what they hold in clear");
        } else {
            sealed = sealStoredPlaintext();
            log.info("Sealed the personal fields of {} events stored before encryption; this runs once per store", sealed);
        }
        jdbc.update("INSERT INTO command_side.plaintext_sealed (sealed_at, events) VALUES (now(), ?) ON CONFLICT DO NOTHING", sealed);
    }

    /** Seals, in place, every personal value still stored in clear; answers how many events it rewrote. */
    public int sealStoredPlaintext() {
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
        return sealed;
    }

    private boolean seal(Stored event) {
        try {
            ObjectNode payload = (ObjectNode) json.readTree(event.payload());
            UUID householdId = UUID.fromString(payload.get("householdId").asText());
            if (!PersonalFields.seal(event.type(), payload, () -> keys.obtain(householdId))) {
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
