package vn.householdledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.householdledger.bench.history.ProvinceHistory;

/**
 * The benchmark, in one run on one machine: it starts the standalone service as a child process, loads
 * a province's history at scale and compares, each beside PostgreSQL's own ceiling measured in the same
 * run, the rebuild of every read model (against COPY) and commands over HTTP (against raw inserts: once
 * signed in by bcrypt Basic, once by bearer tokens); it times the committee's and auditors' reads, a
 * command on a long history against one on a short history, the commune table's first answer after a
 * review and the whole province's as-of list; then it restarts the service and measures its start and
 * memory; a third start measures commands and a rebuild with one node and with two of each side
 * ({@link Nodes}). It writes {@code report.json} and {@code report.md} under {@code bench/results}.
 */
public final class Bench {

    private static final Logger log = LoggerFactory.getLogger(Bench.class);
    private static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(10);
    private static final Duration AUTOVACUUM_LIMIT = Duration.ofMinutes(5);

    private Bench() {
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("pages")) {
            PageBench.run(Options.parse(Arrays.copyOfRange(args, 1, args.length)).withDemo());
            return;
        }
        if (args.length > 0 && args[0].equals("imports")) {
            ImportBench.run(Options.parse(Arrays.copyOfRange(args, 1, args.length)));
            return;
        }
        Options options = Options.parse(args);
        Files.createDirectories(options.work());
        Files.createDirectories(options.results());
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("startedAt", Instant.now().toString());
        report.put("options", options.toString());
        List<String> communes = IntStream.range(0, options.communes()).mapToObj(ProvinceHistory::communeCode).toList();
        try (Machine machine = new Machine()) {
            Map<String, Object> described = Machine.describe();
            Map<String, Object> loadAverage = new LinkedHashMap<>();
            loadAverage.put("atStart", Machine.loadAverages());
            described.put("loadAverage", loadAverage);
            report.put("machine", described);
            machine.phase("generate");
            ProvinceLoad province = new ProvinceLoad(options);
            report.put("history", province.prepare(options));

            Path dataDir = options.work().resolve("data");
            delete(dataDir);
            machine.phase("first start");
            log.info("Starting the standalone on an empty data directory");
            Map<String, Object> firstStart = new LinkedHashMap<>();
            Map<String, Object> cpu = new LinkedHashMap<>();
            report.put("cpu", cpu);
            try (Standalone service = Standalone.start(options, dataDir, communes, "standalone-1.log")) {
                firstStart.put("emptyStoreStartSeconds", round(service.startSeconds));
                Api admin = Api.as("admin", service.base());
                try (Connection db = DriverManager.getConnection(service.jdbcUrl())) {
                    described.put("postgres", single(db, "SELECT version()"));
                    described.put("postgresSettings", settings(db));

                    machine.phase("copy ceiling");
                    CpuTime.Reading mark = service.cpu();
                    log.info("COPY of the history into a scratch table shaped like the event store (the ceiling)");
                    ProvinceLoad.createScratchTable(db);
                    report.put("copyRowsPerSecond", Math.round(province.copyEvents(db, ProvinceLoad.SCRATCH_TABLE)));

                    cpu.put("copy ceiling", service.cpu().since(mark));
                    machine.phase("load");
                    mark = service.cpu();
                    log.info("Loading the history into the service's event store and lookup tables");
                    long loadStarted = System.nanoTime();
                    report.put("loadRowsPerSecond", Math.round(province.copyEvents(db, "event_store.domain_event_entry")));
                    province.loadLookups(db);
                    report.put("loadSeconds", seconds(loadStarted));
                    Instant loaded = Instant.now();

                    cpu.put("load", service.cpu().since(mark));
                    machine.phase("rebuild");
                    mark = service.cpu();
                    log.info("Rebuilding every read model");
                    Map<String, Object> rebuild = new Rebuild(admin).run();
                    log.info("  {}", rebuild);
                    report.put("rebuild", rebuild);
                    report.put("rebuildEventsPerSecond", rebuild.get("eventsPerSecond"));

                    List<UUID> households = openHouseholds(db);
                    cpu.put("rebuild", service.cpu().since(mark));
                    Map<String, Object> autovacuum = new LinkedHashMap<>();
                    report.put("autovacuumWaitSeconds", autovacuum);
                    autovacuum.put("beforeReads", Autovacuum.settle(db, AUTOVACUUM_LIMIT));
                    machine.phase("reads");
                    mark = service.cpu();
                    log.info("Timing reads");
                    Map<String, Reads.Timed> reads = new Reads(Api.as("committee", service.base()),
                            Api.as("auditor", service.base()), communes, households).run();
                    Map<String, Object> readP99 = new LinkedHashMap<>();
                    Map<String, Object> readDetail = new LinkedHashMap<>();
                    reads.forEach((name, timed) -> {
                        readP99.put(name, Latencies.round(timed.measured().percentileMs(99)));
                        Map<String, Object> detail = timed.measured().summary();
                        detail.put("warmUpMaxMs", Latencies.round(timed.warmUp().percentileMs(100)));
                        readDetail.put(name, detail);
                    });
                    report.put("readP99Ms", readP99);
                    report.put("reads", readDetail);
                    log.info("  {}", readDetail);

                    cpu.put("reads", service.cpu().since(mark));
                    autovacuum.put("beforeRawInserts", Autovacuum.settle(db, AUTOVACUUM_LIMIT));
                    machine.phase("raw inserts");
                    mark = service.cpu();
                    log.info("Raw inserts: {} clients, one event-shaped row per transaction", options.clients());
                    ClosedLoop.Result raw = RawInserts.run(service.jdbcUrl(), options);
                    report.put("rawInsertsPerSecond", Math.round(raw.perSecond()));
                    report.put("rawInserts", raw.summary());
                    log.info("  {}", raw.summary());

                    cpu.put("raw inserts", service.cpu().since(mark));
                    autovacuum.put("beforeCommands", Autovacuum.settle(db, AUTOVACUUM_LIMIT));
                    machine.phase("commands, bcrypt Basic");
                    mark = service.cpu();
                    log.info("Commands over HTTP: {} clients, HTTP Basic with a bcrypt password", options.clients());
                    Map<String, Object> history = (Map<String, Object>) report.get("history");
                    UUID longHistory = householdOf(history, "longHistory");
                    UUID shortHistory = householdOf(history, "shortHistory");
                    // Left to their own phase, whose first command on each must be the first since the load.
                    List<UUID> others = households.stream().filter(h -> !h.equals(longHistory) && !h.equals(shortHistory))
                            .toList();
                    Map<String, Object> basic = commands(Api.as(Standalone.REAL_WORKER, service.base()), communes, others, options,
                            raw);
                    report.put("commandsBasicBcrypt", basic);
                    report.put("commands", basic);
                    report.put("commandsPerSecond", basic.get("perSecond"));
                    report.put("commandP50Ms", basic.get("p50Ms"));
                    report.put("commandP99Ms", basic.get("p99Ms"));
                    long catchUp = System.nanoTime();
                    Rebuild.awaitAllLive(admin, CATCH_UP_LIMIT);
                    report.put("projectionCatchUpAfterCommandsSeconds", seconds(catchUp));
                    cpu.put("commands, bcrypt Basic", service.cpu().since(mark));

                    autovacuum.put("beforeBearerCommands", Autovacuum.settle(db, AUTOVACUUM_LIMIT));
                    machine.phase("commands, bearer");
                    mark = service.cpu();
                    log.info("Commands over HTTP: {} clients, bearer tokens", options.clients());
                    Api bearer = Api.bearer(BearerToken.of(service.base(), Standalone.REAL_WORKER), service.base());
                    report.put("commandsBearer", commands(bearer, communes, others, options, raw));
                    Rebuild.awaitAllLive(admin, CATCH_UP_LIMIT);
                    cpu.put("commands, bearer", service.cpu().since(mark));

                    Phases phases = new Phases(machine, service, cpu, report);
                    Commands assessing = new Commands(bearer, communes, others);
                    phases.run("long history", "longHistory", "ratio", "longHistoryCommandRatio",
                            () -> new LongHistory(assessing, db).run(longHistory, shortHistory));
                    phases.run("statistics after review", "firstStatisticsAfterReview", "firstMedianMs",
                            "firstStatisticsAfterReviewMs", () -> new FirstStatistics(assessing, bearer,
                                    Api.as("committee", service.base())).run(others.get(others.size() / 2)));
                    phases.run("province as-of", "provinceAsOf", "seconds", "provinceAsOfSeconds",
                            () -> ProvinceAsOf.run(Api.as("auditor", service.base()), loaded));
                }
                firstStart.put("peakRssMb", service.memoryMb("VmHWM"));
            }
            report.put("firstRun", firstStart);

            machine.phase("restart");
            log.info("Restarting the standalone at scale");
            try (Standalone service = Standalone.start(options, dataDir, communes, "standalone-2.log")) {
                report.put("startSeconds", round(service.startSeconds));
                Api admin = Api.as("admin", service.base());
                Rebuild.awaitAllLive(admin, CATCH_UP_LIMIT);
                Api committee = Api.as("committee", service.base());
                for (String commune : communes) {
                    committee.get("/api/poverty-list?commune=" + commune);
                }
                committee.get("/api/statistics/communes?year=" + ProvinceHistory.LAST_YEAR);
                report.put("rssMb", service.memoryMb("VmRSS"));
                report.put("rssPid", service.pid());
            }

            log.info("Starting the standalone a third time, beside a second node of each side in turn");
            try (Standalone service = Standalone.start(options, dataDir, communes, "standalone-3.log", Nodes.STANDALONE_ARGS)) {
                report.put("nodes", new Nodes(options, machine, service, communes).run());
            }
            report.put("load", machine.load());
            loadAverage.put("byPhase", report.get("load"));
        }
        report.put("targets", Targets.check(report));
        report.put("finishedAt", Instant.now().toString());
        Report.write(report, options.results());
        log.info("Reports written to {}", options.results().toAbsolutePath());
    }

    /** Figures of a phase. */
    private interface Figures {
        Map<String, Object> measure() throws Exception;
    }

    /** Phases of the first run that each give a headline figure and its details. */
    private record Phases(Machine machine, Standalone service, Map<String, Object> cpu, Map<String, Object> report) {

        /**
         * Runs {@code figures} as the phase {@code name} (its load and CPU counted apart); reports them under
         * {@code key}, and the one named {@code headline} also under {@code headlineKey}.
         */
        void run(String name, String key, String headline, String headlineKey, Figures figures) throws Exception {
            machine.phase(name);
            CpuTime.Reading mark = service.cpu();
            log.info("Phase: {}", name);
            Map<String, Object> measured = figures.measure();
            log.info("  {}", measured);
            report.put(key, measured);
            report.put(headlineKey, measured.get(headline));
            cpu.put(name, service.cpu().since(mark));
        }
    }

    /**
     * The commands phase with {@code worker}'s way of signing in: commands/s, latencies and the ratio to
     * the raw inserts' ceiling.
     */
    private static Map<String, Object> commands(Api worker, List<String> communes, List<UUID> households, Options options,
                                                ClosedLoop.Result raw) throws InterruptedException {
        ClosedLoop.Result commands = new Commands(worker, communes, households).run(options);
        Map<String, Object> figures = commands.summary();
        figures.put("ratioToRaw", Math.round(commands.perSecond() / raw.perSecond() * 1000) / 1000.0);
        log.info("  {}", figures);
        return figures;
    }

    @SuppressWarnings("unchecked")
    private static UUID householdOf(Map<String, Object> history, String which) {
        return UUID.fromString((String) ((Map<String, Object>) history.get(which)).get("householdId"));
    }

    static void log(String message) {
        log.info(message);
    }

    static double seconds(long startedNanos) {
        return round((System.nanoTime() - startedNanos) / 1e9);
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    static List<UUID> openHouseholds(Connection db) throws SQLException {
        List<UUID> households = new ArrayList<>();
        try (Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("SELECT household_id FROM command_side.household_placement WHERE open "
                     + "ORDER BY household_id")) {
            while (rows.next()) {
                households.add(rows.getObject(1, UUID.class));
            }
        }
        return households;
    }

    private static Object single(Connection db, String query) throws SQLException {
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getObject(1);
        }
    }

    private static Map<String, Object> settings(Connection db) throws SQLException {
        Map<String, Object> settings = new LinkedHashMap<>();
        for (String name : List.of("shared_buffers", "synchronous_commit", "fsync", "max_connections")) {
            settings.put(name, single(db, "SHOW " + name));
        }
        return settings;
    }

    static void delete(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
