package vn.householdledger.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import vn.householdledger.bench.history.EventFile;
import vn.householdledger.bench.history.EventRow;
import vn.householdledger.bench.history.HouseholdCase;
import vn.householdledger.bench.history.ProvinceHistory;
import vn.householdledger.events.household.Member;

/**
 * The province at scale: its generated history in a COPY file (kept between runs of the same size and
 * seed), PostgreSQL's COPY of those rows into a scratch table shaped like the event store (the ceiling),
 * and the load of the same rows into the service's event store, with the command side's lookup tables
 * filled as the history leaves them, so that commands work on the loaded households.
 */
final class ProvinceLoad {

    /** Raised whenever the generator changes what it writes, so that no stale file is reused. */
    private static final int GENERATOR_VERSION = 2;
    /** The size of an ordinary household's history, against which the long one is timed. */
    private static final int SHORT_HISTORY_EVENTS = 20;
    static final String SCRATCH_TABLE = "bench_scratch.domain_event_entry";
    private static final String EVENT_TABLE = "event_store.domain_event_entry";
    /** Each lookup table with the columns its file fills (later migrations added columns the history leaves empty). */
    private static final Map<String, String> LOOKUPS = Map.of("commune_directory", "code, area",
            "household_code", "code, household_id", "household_placement", "household_id, commune_code, open, village",
            "national_id_holder", "national_id, household_id, member_id");

    private final Path events;
    private final Path summary;
    private final Path lookups;
    private final ObjectMapper json = new ObjectMapper();

    ProvinceLoad(Options options) {
        String name = "province-" + options.households() + "-" + options.communes() + "-" + options.seed() + "-v" + GENERATOR_VERSION;
        this.events = options.work().resolve(name + ".pgcopy");
        this.summary = options.work().resolve(name + ".json");
        this.lookups = options.work().resolve(name + "-lookups");
    }

    /**
     * Generates the history unless an earlier run left it; answers its summary (counts by event type, the
     * long history and its ordinary counterpart, seconds taken).
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> prepare(Options options) throws IOException {
        if (Files.exists(summary)) {
            Bench.log("Reusing the generated history " + events);
            return json.readValue(summary.toFile(), Map.class);
        }
        Bench.log("Generating the history of " + options.households() + " households in " + options.communes() + " communes");
        long started = System.nanoTime();
        ProvinceHistory history = new ProvinceHistory(options.households(), options.communes(), options.seed());
        Map<String, Long> byType = new TreeMap<>();
        try (EventFile file = EventFile.create(events)) {
            history.generate(year -> {
                try {
                    file.write(year);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                year.stream().map(EventRow::payload).forEach(p -> byType.merge(p.getClass().getSimpleName(), 1L, Long::sum));
                Bench.log("  " + file.rows() + " events so far");
            });
        }
        writeLookups(history);
        Map<String, Object> generated = new LinkedHashMap<>();
        generated.put("households", options.households());
        generated.put("communes", options.communes());
        generated.put("events", byType.values().stream().mapToLong(Long::longValue).sum());
        generated.put("years", ProvinceHistory.FIRST_YEAR + "-" + ProvinceHistory.LAST_YEAR);
        generated.put("eventsByType", byType);
        generated.put("longHistory", stream(history.longHistory()));
        generated.put("shortHistory", stream(history.shortHistory(SHORT_HISTORY_EVENTS)));
        generated.put("generationSeconds", Bench.seconds(started));
        generated.put("fileMb", Files.size(events) / (1024 * 1024));
        json.writerWithDefaultPrettyPrinter().writeValue(summary.toFile(), generated);
        return generated;
    }

    private static Map<String, Object> stream(HouseholdCase household) {
        return Map.of("householdId", household.householdId().toString(), "events", household.events());
    }

    /** A table with the event store's columns, indexes and constraints, fed by its own sequence. */
    static void createScratchTable(Connection db) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS bench_scratch CASCADE");
            sql.execute("CREATE SCHEMA bench_scratch");
            sql.execute("CREATE TABLE " + SCRATCH_TABLE + " (LIKE " + EVENT_TABLE + " INCLUDING ALL)");
            sql.execute("CREATE SEQUENCE bench_scratch.global_index OWNED BY " + SCRATCH_TABLE + ".global_index");
            sql.execute("ALTER TABLE " + SCRATCH_TABLE + " ALTER COLUMN global_index SET DEFAULT nextval('bench_scratch.global_index')");
        }
    }

    /** COPYs the history's rows into {@code table} in one transaction; answers rows per second. */
    double copyEvents(Connection db, String table) throws IOException, SQLException {
        long started = System.nanoTime();
        long rows;
        try (InputStream in = Files.newInputStream(events)) {
            rows = copy(db, "COPY " + table + " (" + EventFile.COLUMNS + ") FROM STDIN (FORMAT binary)", in);
        }
        double seconds = Bench.seconds(started);
        Bench.log("  COPY of " + rows + " rows into " + table + " in " + seconds + " s");
        return rows / seconds;
    }

    /** The command side's lookup tables as the history leaves them (the service fills them command by command). */
    void loadLookups(Connection db) throws IOException, SQLException {
        for (Map.Entry<String, String> table : LOOKUPS.entrySet()) {
            try (InputStream in = Files.newInputStream(lookups.resolve(table.getKey() + ".tsv"))) {
                copy(db, "COPY command_side." + table.getKey() + " (" + table.getValue() + ") FROM STDIN", in);
            }
        }
        try (Statement sql = db.createStatement()) {
            sql.execute("VACUUM ANALYZE " + EVENT_TABLE);
            for (String table : LOOKUPS.keySet()) {
                sql.execute("VACUUM ANALYZE command_side." + table);
            }
        }
    }

    private static long copy(Connection db, String sql, InputStream in) throws SQLException, IOException {
        return new CopyManager(db.unwrap(BaseConnection.class)).copyIn(sql, in, 1 << 20);
    }

    private void writeLookups(ProvinceHistory history) throws IOException {
        Files.createDirectories(lookups);
        try (BufferedWriter out = Files.newBufferedWriter(lookups.resolve("commune_directory.tsv"))) {
            for (ProvinceHistory.Commune commune : history.communes()) {
                out.write(commune.code() + "\t" + commune.area() + "\n");
            }
        }
        List<HouseholdCase> households = history.households();
        try (BufferedWriter codes = Files.newBufferedWriter(lookups.resolve("household_code.tsv"));
             BufferedWriter placements = Files.newBufferedWriter(lookups.resolve("household_placement.tsv"));
             BufferedWriter nationalIds = Files.newBufferedWriter(lookups.resolve("national_id_holder.tsv"))) {
            for (HouseholdCase household : households) {
                codes.write(household.code() + "\t" + household.householdId() + "\n");
                placements.write(household.householdId() + "\t" + household.communeCode() + "\t" + household.open() + "\t"
                        + household.village() + "\n");
                if (household.open()) {
                    for (Member member : household.members()) {
                        if (member.nationalId() != null) {
                            nationalIds.write(member.nationalId() + "\t" + household.householdId() + "\t" + member.memberId() + "\n");
                        }
                    }
                }
            }
        }
    }
}
