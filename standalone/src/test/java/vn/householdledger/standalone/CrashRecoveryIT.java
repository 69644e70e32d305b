package vn.householdledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.standalone.admin.AdminProjections;
import vn.householdledger.testing.Eventually;
import vn.householdledger.testing.LedgerApi;

/**
 * The packaged service is killed with {@code kill -9} while clients write, and again in the middle
 * of a rebuild of its read models. Each time it restarts on the same data directory (its embedded
 * PostgreSQL left running by the kill), every write it acknowledged is there, every projection has
 * handled every stored event, and every read model answers exactly what a fresh rebuild answers.
 */
class CrashRecoveryIT {
    private static final int WRITERS = 4;
    private static final int WRITES_BEFORE_KILL = 150;
    /** Small batches: more commits while it writes and replays, so more moments for the kill to land between. */
    private static final String BATCH_SIZE = "--ledger.projections.batch-size=20";

    @TempDir
    Path dataDir;
    private LedgerProcess server;
    private final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();

    @AfterEach
    void stopEverything() throws Exception {
        if (server != null) {
            server.stop();
        }
        LedgerProcess.stopOrphanedPostgres(dataDir);
    }

    @Test
    void killedUnderLoadAndDuringARebuildItRestartsWithReadModelsEqualToAFreshRebuild() throws Exception {
        server = LedgerProcess.start(dataDir, BATCH_SIZE);
        registerCommunes();

        writeUntilKilled();
        server = LedgerProcess.start(dataDir, BATCH_SIZE);
        Map<String, JsonNode> afterLoad = assertReadModelsEqualAFreshRebuild();

        AdminProjections projections = new AdminProjections(server.api);
        Map<String, Long> handled = projections.list().stream().collect(Collectors.toMap(p -> p.get("name").asText(), p -> p.get("handled").asLong()));
        projections.rebuildAll();
        awaitReplaying(projections, handled);
        server.kill();
        server = LedgerProcess.start(dataDir, BATCH_SIZE);
        assertThat(assertReadModelsEqualAFreshRebuild()).isEqualTo(afterLoad);
    }

    /**
     * Until the reset of a projection has committed (its count of handled events fell below what it
     * had handled before) and its replay has not yet caught up.
     */
    private static void awaitReplaying(AdminProjections projections, Map<String, Long> handledBefore) {
        Eventually.until(() -> projections.list().stream().anyMatch(p -> p.get("state").asText().equals("REBUILDING")
                && p.hasNonNull("handled") && p.get("handled").asLong() < handledBefore.get(p.get("name").asText())));
    }

    /** The reference data: two communes with this year's plan, and a district target. */
    private void registerCommunes() {
        LedgerApi.Request admin = server.api.as("admin");
        for (String[] commune : List.of(new String[] {"HA_LAN", "RURAL"}, new String[] {"BAC_SON", "URBAN"})) {
            LedgerApi.Response created = admin.post("/api/communes",
                    Map.of("code", commune[0], "name", "Đơn vị " + commune[0], "kind", "COMMUNE", "area", commune[1]));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(admin.put("/api/communes/" + commune[0] + "/years/2026", Map.of("households", 1200, "poorTargetEndOfYear", 30))
                    .status()).isEqualTo(200);
        }
        assertThat(admin.put("/api/targets/2026", Map.of("targets", List.of(Map.of("code", "POOR_WITH_SANITARY_TOILET", "value", 60))))
                .status()).isEqualTo(200);
    }

    /** Clients write households and their help until enough writes are done, then the service is killed under them. */
    private void writeUntilKilled() throws Exception {
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger writes = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> clients = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            String commune = i % 2 == 0 ? "HA_LAN" : "BAC_SON";
            clients.add(pool.submit(() -> {
                try {
                    while (!killed.get()) {
                        writeOneHousehold(commune, writes);
                    }
                } catch (IllegalStateException connectionLost) {
                    if (!killed.get()) {
                        throw connectionLost;
                    }
                }
                return null;
            }));
        }
        while (writes.get() < WRITES_BEFORE_KILL && clients.stream().noneMatch(Future::isDone)) {
            Thread.sleep(20);
        }
        killed.set(true);
        server.kill();
        pool.shutdown();
        for (Future<?> client : clients) {
            client.get();
        }
        assertThat(writes.get()).isGreaterThanOrEqualTo(WRITES_BEFORE_KILL);
    }

    /** Registration, an assessment that lists it as poor, a loan, a repayment and other help. */
    private void writeOneHousehold(String commune, AtomicInteger writes) {
        LedgerApi.Request worker = server.api.as("worker");
        LocalDate today = LocalDate.now(BusinessCalendar.VIETNAM);
        LedgerApi.Response registered = worker.post("/api/households", ApiTest.household(commune, ApiTest.uniqueCode("CR")));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        UUID household = UUID.fromString(registered.json().get("householdId").asText());
        acknowledged.add(household);
        writes.incrementAndGet();
        String path = "/api/households/" + household;
        Map<String, Object> assessment = new LinkedHashMap<>();
        assessment.put("year", 2025);
        assessment.put("assessedOn", "2025-11-20");
        assessment.put("incomePerCapitaMonthly", 1_000_000);
        assessment.put("deprivations", List.of("HOUSING_QUALITY", "SANITARY_TOILET", "DOMESTIC_WATER"));
        assessment.put("causes", List.of("LACK_CAPITAL"));
        assessment.put("hasWorkingMember", true);
        Map<String, Object> loan = new LinkedHashMap<>();
        loan.put("programme", "POOR_HOUSEHOLD");
        loan.put("principal", 20_000_000);
        loan.put("annualInterestRatePercent", 6.6);
        loan.put("termMonths", 36);
        loan.put("disbursedOn", today.minusDays(30).toString());
        loan.put("lender", "Ngân hàng Chính sách xã hội");
        loan.put("purpose", "Nuôi bò sinh sản");
        loan.put("addresses", List.of("LACK_CAPITAL"));
        Map<String, Object> help = new LinkedHashMap<>();
        help.put("kind", "SANITATION");
        help.put("description", "Hỗ trợ xây nhà tiêu hợp vệ sinh");
        help.put("amount", 3_000_000);
        help.put("providedOn", today.minusDays(10).toString());
        help.put("fundingSource", "Chương trình 135");
        help.put("addresses", List.of("SANITARY_TOILET"));
        write(worker.post(path + "/assessments", assessment), writes);
        LedgerApi.Response lent = worker.post(path + "/loans", loan);
        write(lent, writes);
        write(worker.post(path + "/loans/" + lent.json().get("loanId").asText() + "/repayments",
                Map.of("amount", 1_000_000, "paidOn", today.minusDays(1).toString())), writes);
        write(worker.post(path + "/assistance", help), writes);
    }

    private static void write(LedgerApi.Response response, AtomicInteger writes) {
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
        writes.incrementAndGet();
    }

    /**
     * Once every projection is live, at the head and complete, the read models answer exactly as
     * they do after a rebuild of all of them from the event store; answers those reads.
     */
    private Map<String, JsonNode> assertReadModelsEqualAFreshRebuild() throws InterruptedException {
        AdminProjections projections = new AdminProjections(server.api);
        projections.awaitSettled();
        for (UUID household : acknowledged) {
            assertThat(server.api.as("auditor").consistent().get("/api/households/" + household).status())
                    .as("acknowledged household " + household).isEqualTo(200);
        }
        Map<String, JsonNode> before = reads();
        projections.rebuildAll();
        projections.awaitSettled();
        assertThat(reads()).isEqualTo(before);
        return before;
    }

    /**
     * What the committee and the auditors read: lists, statistics, audits, and each acknowledged
     * household; as JSON trees, since the order of an object's fields may differ from one process to the next.
     */
    private Map<String, JsonNode> reads() {
        Map<String, JsonNode> reads = new LinkedHashMap<>();
        List<String> paths = new ArrayList<>(List.of("/api/communes", "/api/poverty-list?size=1000",
                "/api/statistics/communes?year=2025", "/api/statistics/communes?year=2026", "/api/statistics/flows?year=2026",
                "/api/statistics/deprivations?year=2025", "/api/statistics/causes?year=2025",
                "/api/audit/assistance?size=1000", "/api/targets/2026"));
        acknowledged.stream().sorted().forEach(household -> paths.add("/api/households/" + household));
        for (String path : paths) {
            String account = path.startsWith("/api/statistics") || path.startsWith("/api/targets") ? "committee" : "auditor";
            LedgerApi.Response response = server.api.as(account).consistent().get(path);
            assertThat(response.status()).as(path + ": " + response).isEqualTo(200);
            reads.put(path, response.json());
        }
        return reads;
    }
}
