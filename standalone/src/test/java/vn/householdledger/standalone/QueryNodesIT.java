package vn.householdledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.householdledger.standalone.admin.AdminProjections;
import vn.householdledger.testing.Eventually;
import vn.householdledger.testing.LedgerApi;

/**
 * Two query-side nodes over one PostgreSQL, as processes: the packaged service ({@code node-a}, which
 * also takes the writes) and the query side alone ({@code node-b}), each projection in 4 segments and
 * claims that expire 3 s after their last renewal. The segments split between the nodes, a read on
 * either waits for every segment, a rebuild asked on one node while the other holds segments rebuilds
 * them all, and a node killed with {@code kill -9} loses its segments to the other once its claims
 * expire. Nothing here asserts how long that takes.
 */
class QueryNodesIT {

    private static final String MASTER_KEY = "--ledger.erasure.master-key=7f1GxsON3CKPoA6RcqKcnBj1tZFVnkYu2TE974W+/Fc=";
    private static final List<String> NODES = List.of("--ledger.projections.segments=4", "--ledger.projections.claim-timeout=3s",
            "--ledger.projections.claim-interval=500ms", "--ledger.projections.heartbeat=500ms", MASTER_KEY);

    @TempDir
    Path dataDir;
    private EmbeddedPostgres postgres;
    private LedgerProcess a;
    private LedgerProcess b;

    @BeforeEach
    void startTwoNodes() throws IOException, InterruptedException {
        postgres = EmbeddedPostgres.builder().start();
        List<String> common = new ArrayList<>(NODES);
        common.add("--spring.datasource.url=jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
        common.add("--spring.datasource.username=postgres");
        a = LedgerProcess.start(dataDir, with(common, "--ledger.projections.node=node-a"));
        b = LedgerProcess.querySide(with(common, "--ledger.projections.node=node-b"));
    }

    @AfterEach
    void stop() throws IOException, InterruptedException {
        if (b != null) {
            b.stop();
        }
        if (a != null) {
            a.stop();
        }
        postgres.close();
    }

    @Test
    void theSegmentsSplitBetweenTheNodesAndAReadOnEitherWaitsForEverySegment() {
        Map<String, Long> households = registerHouseholds(12);

        Eventually.until(() -> everyProjectionHeldBy(b.api, Set.of("node-a", "node-b")));
        for (Map.Entry<String, Long> household : households.entrySet()) {
            LedgerApi.Response read = b.api.as("worker").header("X-Event-Position", String.valueOf(household.getValue()))
                    .get("/api/households/" + household.getKey());
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
            assertThat(read.json().get("householdId").asText()).isEqualTo(household.getKey());
        }
        assertThat(b.api.as("committee").consistent().get("/api/communes").body())
                .isEqualTo(a.api.as("committee").consistent().get("/api/communes").body());
    }

    @Test
    void aRebuildAskedOnOneNodeWhileTheOtherHoldsSegmentsRebuildsThemAll() {
        Map<String, Long> households = registerHouseholds(8);
        Eventually.until(() -> everyProjectionHeldBy(b.api, Set.of("node-a", "node-b")));
        Map<String, String> before = reads(b.api, households.keySet());
        // Counted once every segment has stored its token at the head (with its next batch or claim renewal).
        Eventually.until(() -> new AdminProjections(a.api).list().stream().allMatch(QueryNodesIT::settledOnFourSegments));
        long handledBefore = new AdminProjections(a.api).named("household-view").get("handled").asLong();

        LedgerApi.Response started = b.api.as("admin").post("/api/admin/projections/rebuild", Map.of());

        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        Eventually.until(() -> new AdminProjections(a.api).list().stream().allMatch(QueryNodesIT::settledOnFourSegments)
                && new AdminProjections(b.api).list().stream().allMatch(QueryNodesIT::settledOnFourSegments));
        assertThat(new AdminProjections(a.api).named("household-view").get("handled").asLong()).isEqualTo(handledBefore);
        assertThat(reads(a.api, households.keySet())).isEqualTo(before);
        assertThat(reads(b.api, households.keySet())).isEqualTo(before);
    }

    @Test
    void aNodeKilledLosesItsSegmentsToTheOtherOnceItsClaimsExpire() throws InterruptedException {
        registerHouseholds(4);
        Eventually.until(() -> everyProjectionHeldBy(b.api, Set.of("node-a", "node-b")));

        b.kill();

        Eventually.until(() -> everyProjectionHeldBy(a.api, Set.of("node-a")));
        Map<String, Long> later = registerHouseholds(2);
        for (Map.Entry<String, Long> household : later.entrySet()) {
            LedgerApi.Response read = a.api.as("worker").header("X-Event-Position", String.valueOf(household.getValue()))
                    .get("/api/households/" + household.getKey());
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
        }
        Eventually.until(() -> new AdminProjections(a.api).list().stream().allMatch(QueryNodesIT::settledOnFourSegments));
    }

    /** Registers households in Hà Lan through node A; answers each one's id and the position its write answered. */
    private Map<String, Long> registerHouseholds(int count) {
        int commune = a.api.as("admin").post("/api/communes", Map.of("code", "HA_LAN", "name", "Xã Hà Lan", "kind", "COMMUNE",
                "area", "RURAL")).status();
        assertThat(commune).isIn(201, 409);
        Map<String, Long> households = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            LedgerApi.Response registered = a.api.as("worker").post("/api/households", ApiTest.household("HA_LAN", ApiTest.uniqueCode("QN")));
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
            households.put(registered.json().get("householdId").asText(), Long.parseLong(registered.header("X-Event-Position")));
        }
        return households;
    }

    private static Map<String, String> reads(LedgerApi api, Set<String> households) {
        Map<String, String> reads = new LinkedHashMap<>();
        households.forEach(id -> reads.put(id, api.as("worker").consistent().get("/api/households/" + id).body()));
        reads.put("communes", api.as("committee").consistent().get("/api/communes").body());
        return reads;
    }

    /**
     * Every projection of the node's list in 4 segments, each held, and held by exactly these nodes between
     * them (node A's list also names the command side's processors, which only it runs).
     */
    private static boolean everyProjectionHeldBy(LedgerApi api, Set<String> nodes) {
        return new AdminProjections(api).list().stream().allMatch(projection -> {
            List<JsonNode> segments = StreamSupport.stream(projection.get("segments").spliterator(), false).toList();
            Set<String> owners = new TreeSet<>();
            segments.forEach(s -> owners.add(s.get("node").isNull() ? "" : s.get("node").asText()));
            return segments.size() == 4 && owners.equals(nodes);
        });
    }

    private static boolean settledOnFourSegments(JsonNode projection) {
        return AdminProjections.settled(projection) && projection.get("segments").size() == 4;
    }

    private static String[] with(List<String> arguments, String more) {
        List<String> all = new ArrayList<>(arguments);
        all.add(more);
        return all.toArray(String[]::new);
    }
}
