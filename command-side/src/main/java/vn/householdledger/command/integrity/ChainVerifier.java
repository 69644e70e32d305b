package vn.householdledger.command.integrity;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.householdledger.api.admin.BrokenEvent;
import vn.householdledger.api.admin.ChainProblem;
import vn.householdledger.api.admin.StoreVerification;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.platform.chain.EventChain;
import vn.householdledger.platform.chain.StoredEvent;
import vn.householdledger.platform.eventstore.EventStoreSchemaConfiguration;

/**
 * Re-computes every household's hash chain from the event store, streaming it household by household
 * in sequence order (a cursor of {@value #FETCH} rows, never the whole store), and anchors the day:
 * each household whose chain verifies clean has its head recorded for the day, once, and each
 * commune a hash over its households' heads. The first run also records the hashes of the events
 * stored before the chain ({@code unchained_event_hash}): from then on those are checked as well.
 * Runs one at a time (an advisory lock), so that two nodes never both record the first run.
 */
@Component
public class ChainVerifier {

    private static final Logger log = LoggerFactory.getLogger(ChainVerifier.class);
    private static final int FETCH = 500;
    /** How many households and events an ERROR names: the answer of the verification names them all. */
    private static final int LOGGED = 100;
    private static final long LOCK = 0x6c65646765724cL; // any constant the other advisory locks do not use

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AtomicLong brokenEvents = new AtomicLong();

    public ChainVerifier(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock,
                         MeterRegistry meters) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(FETCH);
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        Gauge.builder("ledger.store.broken.events", brokenEvents, AtomicLong::get)
                .description("Household events the last verification of the event store's hash chains found altered,"
                        + " missing or reordered")
                .register(meters);
    }

    /** Whether the first verification, which anchors the events stored before the chain, has run. */
    public boolean started() {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM command_side.chain_start)", Boolean.class));
    }

    public StoreVerification verify() {
        StoreVerification verification = transactions.execute(status -> verifyInTransaction(BusinessCalendar.today(clock)));
        brokenEvents.set(verification.broken().size());
        if (verification.broken().isEmpty()) {
            log.info("Event store verified: {} households, {} events, every chain intact",
                    verification.households(), verification.events());
        } else {
            List<String> households = verification.broken().stream().map(BrokenEvent::householdId).distinct().toList();
            log.error("Event store verification found {} broken events in {} households; first {}: {}; events: {}",
                    verification.broken().size(), households.size(), Math.min(LOGGED, households.size()),
                    households.subList(0, Math.min(LOGGED, households.size())),
                    verification.broken().subList(0, Math.min(LOGGED, verification.broken().size())));
        }
        return verification;
    }

    private StoreVerification verifyInTransaction(LocalDate today) {
        jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)", Object.class, LOCK);
        boolean started = started();
        Writes writes = new Writes(today);
        List<BrokenEvent> broken = new ArrayList<>();
        long[] counts = {0, 0};
        ChainWalk[] walk = {null};
        jdbc.query("""
                WITH anchored AS (
                    SELECT DISTINCT ON (household_id) household_id, sequence_number, hash
                      FROM command_side.household_anchor ORDER BY household_id, anchored_on DESC)
                SELECT %s, u.hash, a.sequence_number, a.hash, p.commune_code
                  FROM %s e
                  LEFT JOIN command_side.unchained_event_hash u
                    ON u.aggregate_identifier = e.aggregate_identifier AND u.sequence_number = e.sequence_number
                  LEFT JOIN anchored a ON a.household_id = e.aggregate_identifier
                  LEFT JOIN command_side.household_placement p ON p.household_id::text = e.aggregate_identifier
                 WHERE e.type = ?
                 ORDER BY e.aggregate_identifier, e.sequence_number""".formatted(
                        columns("e."), EventStoreSchemaConfiguration.EVENT_TABLE),
                rs -> {
                    StoredEvent event = StoredEvent.read(rs);
                    if (walk[0] == null || !walk[0].household.equals(event.aggregateIdentifier())) {
                        finish(walk[0], broken, writes, counts);
                        long anchored = rs.getLong(12);
                        Long anchoredSequence = rs.wasNull() ? null : anchored;
                        walk[0] = new ChainWalk(event.aggregateIdentifier(), rs.getString(14), anchoredSequence,
                                rs.getString(13));
                    }
                    walk[0].next(event, rs.getString(11), started);
                }, EventChain.HOUSEHOLD);
        finish(walk[0], broken, writes, counts);
        broken.addAll(vanished());
        writes.flush(true);
        if (!started) {
            jdbc.update("INSERT INTO command_side.chain_start (anchored_at) VALUES (now())");
        }
        jdbc.update("""
                INSERT INTO command_side.commune_anchor (anchored_on, commune_code, households, root, recorded_at)
                SELECT anchored_on, commune_code, count(*),
                       encode(sha256(convert_to(string_agg(household_id || ':' || sequence_number || ':' || hash, E'\\n'
                                                           ORDER BY household_id), 'UTF8')), 'hex'), now()
                  FROM command_side.household_anchor WHERE anchored_on = ?
                 GROUP BY anchored_on, commune_code
                ON CONFLICT DO NOTHING""", today);
        return new StoreVerification(counts[0], counts[1], broken);
    }

    private void finish(ChainWalk walk, List<BrokenEvent> broken, Writes writes, long[] counts) {
        if (walk == null) {
            return;
        }
        List<BrokenEvent> found = walk.end();
        counts[0]++;
        counts[1] += walk.events();
        broken.addAll(found);
        writes.unchained(walk.unchained());
        if (found.isEmpty() && walk.commune != null) {
            writes.anchor(walk);
        }
        writes.flush(false);
    }

    /** Households anchored once whose every event is gone. */
    private List<BrokenEvent> vanished() {
        return jdbc.query("""
                        SELECT DISTINCT a.household_id FROM command_side.household_anchor a
                         WHERE NOT EXISTS (SELECT 1 FROM %s e WHERE e.aggregate_identifier = a.household_id)
                         ORDER BY a.household_id""".formatted(EventStoreSchemaConfiguration.EVENT_TABLE),
                (rs, i) -> new BrokenEvent(rs.getString(1), 0, ChainProblem.MISSING));
    }

    private static String columns(String alias) {
        return alias + StoredEvent.COLUMNS.replace(", ", ", " + alias);
    }

    /** The rows a run records, written in batches while the store is still being read. */
    private final class Writes {
        private final LocalDate day;
        private final List<Object[]> unchained = new ArrayList<>();
        private final List<Object[]> anchors = new ArrayList<>();

        Writes(LocalDate day) {
            this.day = day;
        }

        void unchained(List<ChainWalk.Unchained> hashes) {
            hashes.forEach(h -> unchained.add(new Object[] {h.household(), h.sequence(), h.hash()}));
        }

        void anchor(ChainWalk walk) {
            anchors.add(new Object[] {day, walk.household, walk.commune, walk.headSequence(), walk.head()});
        }

        void flush(boolean all) {
            if (all || unchained.size() >= FETCH) {
                jdbc.batchUpdate("INSERT INTO command_side.unchained_event_hash (aggregate_identifier, sequence_number, hash)"
                        + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING", unchained);
                unchained.clear();
            }
            if (all || anchors.size() >= FETCH) {
                jdbc.batchUpdate("INSERT INTO command_side.household_anchor"
                        + " (anchored_on, household_id, commune_code, sequence_number, hash) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING", anchors);
                anchors.clear();
            }
        }
    }
}
