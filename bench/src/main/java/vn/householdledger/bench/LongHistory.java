package vn.householdledger.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A command on a household with a long history against one on an ordinary household, in one run: the
 * same kind of command (this year's assessment, which loads the household and decides from its state),
 * sent to each in turn, one at a time, so that whatever else loads the machine loads both alike. The
 * first command on each is timed apart: loaded by COPY, a household has no snapshot and is in no cache,
 * so that command replays its whole stream (and takes a snapshot after its commit); the others are
 * timed after a warm-up, with the service's settings as given (by default snapshots and the cache).
 */
final class LongHistory {

    private static final int WARMUP = 20;
    private static final int SAMPLES = 200;

    private final Commands commands;
    private final Connection db;

    LongHistory(Commands commands, Connection db) {
        this.commands = commands;
        this.db = db;
    }

    /** {@code ratio} (the long history's median over the short one's), and each household's figures. */
    Map<String, Object> run(UUID longHistory, UUID shortHistory) throws Exception {
        Map<String, Object> longOne = stream(longHistory);
        Map<String, Object> shortOne = stream(shortHistory);
        SplittableRandom random = new SplittableRandom(21);
        longOne.put("firstMs", Latencies.round(timed(longHistory, random) / 1e6));
        shortOne.put("firstMs", Latencies.round(timed(shortHistory, random) / 1e6));
        for (int i = 0; i < WARMUP; i++) {
            timed(longHistory, random);
            timed(shortHistory, random);
        }
        Latencies longTimes = new Latencies();
        Latencies shortTimes = new Latencies();
        for (int i = 0; i < SAMPLES; i++) {
            longTimes.add(timed(longHistory, random));
            shortTimes.add(timed(shortHistory, random));
        }
        longOne.putAll(longTimes.summary());
        shortOne.putAll(shortTimes.summary());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ratio", Math.round(longTimes.percentileMs(50) / shortTimes.percentileMs(50) * 100) / 100.0);
        result.put("longHistory", longOne);
        result.put("shortHistory", shortOne);
        return result;
    }

    private long timed(UUID household, SplittableRandom random) throws Exception {
        long sent = System.nanoTime();
        commands.assess(household, commands.assessment(random));
        return System.nanoTime() - sent;
    }

    /** The household and how many events its stream holds before it is timed. */
    private Map<String, Object> stream(UUID household) throws SQLException {
        Map<String, Object> stream = new LinkedHashMap<>();
        stream.put("householdId", household.toString());
        try (PreparedStatement sql = db.prepareStatement(
                "SELECT count(*) FROM event_store.domain_event_entry WHERE aggregate_identifier = ?")) {
            sql.setString(1, household.toString());
            try (ResultSet rows = sql.executeQuery()) {
                rows.next();
                stream.put("eventsBefore", rows.getLong(1));
            }
        }
        return stream;
    }
}
