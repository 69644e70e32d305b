package vn.householdledger.query.povertylist;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.householdledger.api.erasure.Personal;
import vn.householdledger.events.household.HouseholdErased;
import vn.householdledger.events.household.HouseholdEvent;
import vn.householdledger.events.household.HouseholdRegistered;
import vn.householdledger.events.household.Listing;
import vn.householdledger.query.projection.ReadModelWriter;
import vn.householdledger.query.projection.RowCache;

/**
 * Reads every household event that changes the list (registration, assessment, its voiding and the
 * restatements after it, head, transfer, closure, erasure) through {@link PovertyListEntry}; owns
 * {@code poverty_list}, which serves {@code GET /api/poverty-list}, and {@code poverty_list_version}:
 * each entry an event changed, with the event's sequence and timestamp, from which
 * {@link PovertyListAsOf} answers the list as of an instant. An event that leaves the entry as it was
 * (most yearly assessments) writes neither.
 */
@Component
@ProcessingGroup(PovertyListProjection.NAME)
public class PovertyListProjection {

    public static final String NAME = "poverty-list";

    private final JdbcTemplate jdbc;
    private final ReadModelWriter writer;
    private final RowCache<PovertyListEntry> rows;

    public PovertyListProjection(JdbcTemplate jdbc, ReadModelWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.rows = new RowCache<>(NAME, this::load, this::save);
    }

    @EventHandler
    void on(HouseholdRegistered event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        PovertyListEntry entry = PovertyListEntry.registered(event);
        rows.put(event.householdId(), entry);
        version(entry, sequence, recordedAt);
    }

    @EventHandler
    void on(HouseholdEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        PovertyListEntry changed = change(event);
        if (changed != null) {
            version(changed, sequence, recordedAt);
        }
    }

    /**
     * The key is gone, so the events' names now read as erased, for the list as of any instant too: the
     * versions lose theirs, and the erased entry is the last version as it now reads.
     */
    @EventHandler
    void on(HouseholdErased event) {
        change(event);
        writer.write("UPDATE query_side.poverty_list_version SET head_name = ? WHERE household_id = ? AND head_name IS NOT NULL",
                Personal.ERASED, event.householdId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE query_side.poverty_list, query_side.poverty_list_version");
    }

    /** The household's entry after {@code event}, kept; null when the event left it as it was. */
    private PovertyListEntry change(HouseholdEvent event) {
        PovertyListEntry entry = rows.get(event.householdId());
        if (entry == null) {
            return null;
        }
        PovertyListEntry changed = entry.apply(event);
        if (changed.equals(entry)) {
            return null;
        }
        rows.put(event.householdId(), changed);
        return changed;
    }

    private void version(PovertyListEntry e, long sequence, Instant recordedAt) {
        writer.write("INSERT INTO query_side.poverty_list_version (" + PovertyListEntry.COLUMNS
                + ", sequence_number, recorded_at, recorded_nanos) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.values(sequence, PovertyListAsOf.micros(recordedAt), PovertyListAsOf.nanos(recordedAt)));
    }

    private Map<UUID, PovertyListEntry> load(Collection<UUID> households) {
        Map<UUID, PovertyListEntry> found = new HashMap<>();
        if (households.isEmpty()) {
            return found;
        }
        jdbc.query("SELECT " + PovertyListEntry.COLUMNS + " FROM query_side.poverty_list WHERE household_id = ANY (?::uuid[])",
                rs -> {
                    PovertyListEntry entry = PovertyListEntry.read(rs);
                    found.put(entry.householdId(), entry);
                }, (Object) households.stream().map(UUID::toString).toArray(String[]::new));
        return found;
    }

    private void save(Collection<PovertyListEntry> entries) {
        List<Object[]> args = entries.stream().map(e -> e.values(
                e.classification() == null ? null : Listing.listedUntil(e.classification(), e.classificationSince(), e.leftListsOn())))
                .toList();
        jdbc.batchUpdate("INSERT INTO query_side.poverty_list (" + PovertyListEntry.COLUMNS + ", listed_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (household_id) DO UPDATE SET code = excluded.code, commune_code = excluded.commune_code, "
                + "head_name = excluded.head_name, classification = excluded.classification, "
                + "classification_since = excluded.classification_since, left_lists_on = excluded.left_lists_on, "
                + "listed_until = excluded.listed_until, policy_group = excluded.policy_group, closed = excluded.closed", args);
    }
}
