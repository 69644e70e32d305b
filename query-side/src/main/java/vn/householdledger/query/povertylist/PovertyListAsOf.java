package vn.householdledger.query.povertylist;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.householdledger.query.projection.ReadConsistency;

/**
 * The poverty list's entries as the service knew them at an instant, from the versions
 * {@link PovertyListProjection} recorded: each household's version made by its last event recorded by
 * then. Each version carries its event's own timestamp (to the nanosecond, as the event has it), the
 * instant the event was recorded, so an event recorded before the instant but committed after a later
 * one (positions are given at insert, timestamps at creation) still counts, and one recorded after it
 * does not. A household's events are created in their order, each by a command that loaded the ones
 * before it, so their timestamps rise with their sequence: its last version by sequence among those
 * recorded by the instant is its fold of exactly the events recorded by then, what a replay of the
 * store up to the instant would give.
 */
@Repository
public class PovertyListAsOf {

    private static final Logger log = LoggerFactory.getLogger(PovertyListAsOf.class);

    private final JdbcTemplate jdbc;
    private final ReadConsistency consistency;

    public PovertyListAsOf(JdbcTemplate jdbc, ReadConsistency consistency) {
        this.jdbc = jdbc;
        this.consistency = consistency;
    }

    /**
     * The entries at {@code asOf} of the households ever placed in one of {@code units}, or of all when
     * null, once the projection has recorded every event committed before the read arrived (as
     * {@code X-Consistency: wait} does, so the answer never lags the store; 503 after the wait).
     */
    public List<PovertyListEntry> entriesAt(Instant asOf, Set<String> units) throws InterruptedException {
        consistency.awaitHead(PovertyListProjection.NAME);
        long started = System.nanoTime();
        List<Object> args = new ArrayList<>(List.of(micros(asOf), nanos(asOf)));
        String placed = "";
        if (units != null) {
            placed = " AND household_id IN (SELECT household_id FROM query_side.poverty_list_version WHERE commune_code = ANY (?::text[]))";
            args.add(units.toArray(String[]::new));
        }
        List<PovertyListEntry> entries = jdbc.query("SELECT DISTINCT ON (household_id) " + PovertyListEntry.COLUMNS
                        + " FROM query_side.poverty_list_version WHERE (recorded_at, recorded_nanos) <= (?, ?)" + placed
                        + " ORDER BY household_id DESC, sequence_number DESC",
                (rs, row) -> PovertyListEntry.read(rs), args.toArray());
        log.info("Read the poverty list of {} as of {}: {} households in {} ms", units == null ? "every commune" : units, asOf,
                entries.size(), (System.nanoTime() - started) / 1_000_000);
        return entries;
    }

    /** The instant cut to the microsecond, as far as PostgreSQL keeps one. */
    static OffsetDateTime micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    /** The nanoseconds of the instant beyond its last microsecond. */
    static short nanos(Instant instant) {
        return (short) (instant.getNano() % 1000);
    }
}
