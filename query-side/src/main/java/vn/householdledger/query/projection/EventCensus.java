package vn.householdledger.query.projection;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.householdledger.platform.eventstore.EventStoreSchemaConfiguration;

/**
 * How many events of each payload type the event store holds, read once and then kept up to date
 * by reading only what is new: the positions beyond the last one read, and the positions that were
 * empty when read. A position is empty while the transaction that took it is still open (it may
 * commit long after later positions, the case the completeness check is for) and for good once that
 * transaction rolled back. So a check costs the events added since the last one, not the whole store.
 * Counts are kept per chunk of positions, so the count below a projection far behind the head (a
 * rebuild) reads at most one chunk's rows, not everything between it and the head.
 */
@Component
public class EventCensus {

    private static final String EVENTS = EventStoreSchemaConfiguration.EVENT_TABLE;
    private static final int CHUNK = 10_000;
    /** A longer run of empty positions is a sequence that jumped, not open transactions: not watched. */
    private static final int LONGEST_WATCHED_RUN = 10_000;

    private final JdbcTemplate jdbc;
    /** Counts by payload type, per chunk of positions (position / CHUNK). */
    private final TreeMap<Long, Map<String, Long>> counts = new TreeMap<>();
    private final TreeSet<Long> empty = new TreeSet<>();
    private long readTo;

    public EventCensus(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts what has committed since the last call: events at empty positions, then new positions. */
    public synchronized void refresh() {
        if (!empty.isEmpty()) {
            jdbc.query("SELECT global_index, payload_type FROM " + EVENTS + " WHERE global_index = ANY (?)", rs -> {
                empty.remove(rs.getLong(1));
                add(rs.getLong(1), rs.getString(2));
            }, (Object) empty.toArray(Long[]::new));
        }
        int read = CHUNK;
        while (read == CHUNK) {
            int[] rows = {0};
            jdbc.query("SELECT global_index, payload_type FROM " + EVENTS + " WHERE global_index > ? ORDER BY global_index LIMIT ?", rs -> {
                long position = rs.getLong(1);
                if (position - readTo - 1 <= LONGEST_WATCHED_RUN) {
                    for (long hole = readTo + 1; hole < position; hole++) {
                        empty.add(hole);
                    }
                }
                readTo = position;
                add(position, rs.getString(2));
                rows[0]++;
            }, readTo, CHUNK);
            read = rows[0];
        }
    }

    /**
     * How many counted events of the matching payload types lie at or below {@code position},
     * leaving out the positions given (a processor's gaps: events it has yet to see). Read the
     * position before calling, so that everything below it that has committed is counted.
     */
    public synchronized long count(Predicate<String> payloadType, long position, Collection<Long> leftOut) {
        if (position > readTo) {
            refresh();
        }
        long chunk = position / CHUNK;
        long total = counts.headMap(chunk).values().stream().flatMap(c -> c.entrySet().stream())
                .filter(e -> payloadType.test(e.getKey())).mapToLong(Map.Entry::getValue).sum();
        long from = chunk * CHUNK;
        long to = Math.min(position, readTo);
        if (from <= to) {
            total += counted(payloadType, "global_index >= ? AND global_index <= ? AND NOT (global_index = ANY (?))",
                    from, to, empty.subSet(from, true, to, true).toArray(Long[]::new));
        }
        List<Long> countedGaps = leftOut.stream().filter(p -> p <= position && !empty.contains(p)).toList();
        if (!countedGaps.isEmpty()) {
            total -= counted(payloadType, "global_index = ANY (?)", (Object) countedGaps.toArray(Long[]::new));
        }
        return total;
    }

    private void add(long position, String payloadType) {
        counts.computeIfAbsent(position / CHUNK, c -> new HashMap<>()).merge(payloadType, 1L, Long::sum);
    }

    private long counted(Predicate<String> payloadType, String where, Object... args) {
        long[] total = {0};
        jdbc.query("SELECT payload_type, count(*) FROM " + EVENTS + " WHERE " + where + " GROUP BY payload_type", rs -> {
            if (payloadType.test(rs.getString(1))) {
                total[0] += rs.getLong(2);
            }
        }, args);
        return total[0];
    }
}
