package vn.householdledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.householdledger.bench.history.ProvinceHistory;

/**
 * An import of a commune's list at province scale ({@code --households}, 100,000 by default: some 300,000
 * rows), sent over HTTP as a worker sends it and timed from the upload to the import's end: into an empty
 * store, and into the store of the generated province's history (2.2 million events, read models rebuilt
 * first). The service runs with a heap of at most 512 MB ({@code -Xmx512m}, unless {@code --jvm-args} says
 * otherwise), and its heap is sampled throughout. {@code java -jar bench/target/bench.jar imports
 * [--import-format=xlsx|csv]} writes {@code imports.json} under the results.
 */
final class ImportBench {

    private static final Logger log = LoggerFactory.getLogger(ImportBench.class);
    /** The commune the list is imported into, a rural one registered for the purpose. */
    static final String COMMUNE = "NHAP_DANH_SACH";
    private static final Duration IMPORT_LIMIT = Duration.ofMinutes(60);
    private static final Duration LIVE_LIMIT = Duration.ofMinutes(30);

    private ImportBench() {
    }

    static void run(Options given) throws Exception {
        Options options = given.jvmArgs().stream().anyMatch(a -> a.startsWith("-Xmx")) ? given : given.withJvmArgs("-Xmx512m");
        Files.createDirectories(options.work());
        Files.createDirectories(options.results());
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("startedAt", Instant.now().toString());
        report.put("options", options.toString());
        List<String> communes = new ArrayList<>(IntStream.range(0, options.communes()).mapToObj(ProvinceHistory::communeCode).toList());
        communes.add(COMMUNE);
        try (Machine machine = new Machine()) {
            report.put("machine", Machine.describe());
            machine.phase("generate");
            ImportList.Prepared list = ImportList.prepare(options, options.importFormat());
            report.put("list", Map.of("file", list.file().getFileName().toString(), "households", list.households(),
                    "rows", list.rows(), "mb", Bench.round(list.bytes() / 1048576.0)));

            machine.phase("import into an empty store");
            Path empty = options.work().resolve("imports-empty-data");
            Bench.delete(empty);
            try (Standalone service = Standalone.start(options, empty, communes, "imports-empty.log")) {
                report.put("emptyStore", importInto(service, list));
            }

            machine.phase("load the province");
            ProvinceLoad province = new ProvinceLoad(options);
            report.put("history", province.prepare(options));
            Path loaded = options.work().resolve("imports-history-data");
            Bench.delete(loaded);
            try (Standalone service = Standalone.start(options, loaded, communes, "imports-history.log")) {
                try (Connection db = DriverManager.getConnection(service.jdbcUrl())) {
                    province.copyEvents(db, "event_store.domain_event_entry");
                    province.loadLookups(db);
                    log.info("Rebuilding every read model before the import");
                    report.put("rebuildBeforeImport", new Rebuild(Api.as("admin", service.base())).run());
                    Autovacuum.settle(db, Duration.ofMinutes(5));
                }
                machine.phase("import into a store of the province");
                report.put("storeOfTheProvince", importInto(service, list));
            }
            report.put("load", machine.load());
        }
        report.put("finishedAt", Instant.now().toString());
        Path file = options.results().resolve("imports.json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), report);
        log.info("Written to {}", file.toAbsolutePath());
    }

    /** Registers the commune, sends the list, and waits until the import, then the read models, are done. */
    private static Map<String, Object> importInto(Standalone service, ImportList.Prepared list) throws Exception {
        Api admin = Api.as("admin", service.base());
        Api worker = Api.as("worker", service.base());
        Api.Answer commune = admin.post("/api/communes", "{\"code\":\"" + COMMUNE + "\",\"name\":\"Xã Nhập Danh Sách\","
                + "\"kind\":\"COMMUNE\",\"area\":\"RURAL\"}");
        if (commune.status() != 201) {
            throw new IllegalStateException("The commune was refused: " + commune);
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> result = new LinkedHashMap<>();
        CpuTime.Reading mark = service.cpu();
        try (HeapSampler heap = new HeapSampler(service.pid())) {
            long started = System.nanoTime();
            Api.Answer accepted = worker.upload("/api/imports", Map.of("communeCode", COMMUNE, "dryRun", "false"), list.file());
            if (accepted.status() != 202) {
                throw new IllegalStateException("The import was refused: " + accepted);
            }
            result.put("uploadSeconds", Bench.seconds(started));
            String importId = accepted.json(json).get("importId").asText();
            log.info("Import {} of {} rows accepted after {} s", importId, list.rows(), result.get("uploadSeconds"));
            JsonNode run;
            long deadline = started + IMPORT_LIMIT.toNanos();
            while (true) {
                run = worker.get("/api/imports/" + importId).json(json);
                if (!"RUNNING".equals(run.get("state").asText()) || System.nanoTime() > deadline) {
                    break;
                }
                log.info("  {} / {} rows, {} rows/s, {} s left", run.get("rows"), run.get("rowsTotal"), run.get("rowsPerSecond"),
                        run.get("secondsLeft"));
                Thread.sleep(10_000);
            }
            double seconds = Bench.seconds(started);
            result.put("state", run.get("state").asText());
            result.put("seconds", seconds);
            result.put("rows", run.get("rows").asLong());
            result.put("households", run.get("households").asLong());
            result.put("accepted", run.get("accepted").asLong());
            result.put("refused", run.get("refused").asLong());
            result.put("rowsPerSecond", Math.round(run.get("rows").asLong() / seconds));
            result.put("householdsPerSecond", Math.round(run.get("households").asLong() / seconds));
            result.put("cpu", service.cpu().since(mark));
            result.put("heap", heap.peaks());
        }
        long catchUp = System.nanoTime();
        Rebuild.awaitAllLive(admin, LIVE_LIMIT);
        result.put("readModelsCaughtUpSecondsAfter", Bench.seconds(catchUp));
        result.put("peakRssMb", service.memoryMb("VmHWM"));
        log.info("  {}", result);
        return result;
    }
}
