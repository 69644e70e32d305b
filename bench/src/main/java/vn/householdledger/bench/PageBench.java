package vn.householdledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How fast a worker's household page answers on the Bỉm Sơn demo, through the pages over HTTP as a
 * browser asks for it: the standalone (any jar, e.g. one built before the pages moved) is started with
 * the demo, a worker signs in through its sign-in page, and after a warm-up the pages of the listed
 * households are fetched one at a time. {@code java -jar bench/target/bench.jar pages [--jar=…]} writes
 * {@code pages.json} under the results.
 */
final class PageBench {

    private static final Logger log = LoggerFactory.getLogger(PageBench.class);
    private static final List<String> DEMO_UNITS = List.of("HA_LAN", "QUANG_TRUNG", "BAC_SON", "LAM_SON", "BA_DINH",
            "NGOC_TRAO", "DONG_SON", "PHU_SON");
    private static final int MEASURED = 1000;
    private static final Duration LIVE_LIMIT = Duration.ofMinutes(5);

    private PageBench() {
    }

    static void run(Options options) throws Exception {
        Path dataDir = options.work().resolve("pages-data");
        Bench.delete(dataDir);
        Files.createDirectories(options.results());
        Files.createDirectories(options.work());
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("startedAt", Instant.now().toString());
        report.put("jar", options.jar().toString());
        report.put("machine", Machine.describe());
        try (Standalone service = Standalone.start(options, dataDir, DEMO_UNITS, "pages.log")) {
            Rebuild.awaitAllLive(Api.as("admin", service.base()), LIVE_LIMIT);
            ObjectMapper json = new ObjectMapper();
            List<String> households = new ArrayList<>();
            JsonNode listed = Api.as("auditor", service.base()).get("/api/poverty-list?size=1000").json(json);
            listed.get("items").forEach(item -> households.add(item.get("householdId").asText()));
            log.info("{} listed households; signing in as a worker through the pages", households.size());
            PageSession worker = PageSession.signIn(service.base(), "worker");
            Random random = new Random(2018);
            Latencies warmUp = new Latencies();
            long warmUpEnds = System.nanoTime() + Duration.ofSeconds(options.warmupSeconds()).toNanos();
            while (System.nanoTime() < warmUpEnds) {
                warmUp.add(fetch(worker, households.get(random.nextInt(households.size()))));
            }
            Latencies measured = new Latencies();
            for (int i = 0; i < MEASURED; i++) {
                measured.add(fetch(worker, households.get(random.nextInt(households.size()))));
            }
            Map<String, Object> page = measured.summary();
            page.put("p95Ms", Latencies.round(measured.percentileMs(95)));
            page.put("warmUpRequests", warmUp.count());
            report.put("householdPage", page);
            log.info("Household page: {}", page);
        }
        report.put("finishedAt", Instant.now().toString());
        Path file = options.results().resolve("pages.json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), report);
        log.info("Written to {}", file.toAbsolutePath());
    }

    private static long fetch(PageSession session, String household) throws Exception {
        long started = System.nanoTime();
        session.page("/households/" + household);
        return System.nanoTime() - started;
    }
}
