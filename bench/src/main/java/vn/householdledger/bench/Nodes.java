package vn.householdledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service on more than one node, in one run (issue 22): commands with one command node (the standalone) and
 * with two (the standalone and a {@code command-side} process), the same clients sending each household's commands
 * to one node by its id; then a rebuild of every read model with one query node (the standalone, every projection in
 * 4 segments) and with two (the standalone and a {@code query-side} process, once each holds its fair
 * share of the segments). Both nodes share this machine's cores: a second node adds no CPU here.
 */
final class Nodes {

    private static final String SEGMENTS = "--ledger.projections.segments=4";
    private static final String STANDALONE_NODE = "standalone";
    private static final String QUERY_NODE = "query-side-2";
    /** Under this name, the segments no node holds. */
    private static final String NO_NODE = "(none)";
    /** The standalone's arguments for this phase: its projections in 4 segments, its node named. */
    static final String[] STANDALONE_ARGS = {SEGMENTS, "--ledger.projections.node=" + STANDALONE_NODE};
    private static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(10);
    private static final Duration AUTOVACUUM_LIMIT = Duration.ofMinutes(5);
    /** Several claim intervals (5 s) and heartbeats (2 s): segments move to a new node within one or two. */
    private static final Duration SHARE_LIMIT = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(Nodes.class);

    private final Options options;
    private final Machine machine;
    private final Standalone service;
    private final List<String> communes;
    private final Api admin;
    private final ObjectMapper json = new ObjectMapper();

    Nodes(Options options, Machine machine, Standalone service, List<String> communes) {
        this.options = options;
        this.machine = machine;
        this.service = service;
        this.communes = communes;
        this.admin = Api.as("admin", service.base());
    }

    /** {@code commandsOneNode}, {@code commandsTwoNodes}, {@code rebuildOneNode} and {@code rebuildTwoNodes}. */
    Map<String, Object> run() throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(service.jdbcUrl())) {
            List<UUID> households = Bench.openHouseholds(db);
            BearerToken token = BearerToken.of(service.base(), Standalone.REAL_WORKER);
            Api standalone = Api.bearer(token, service.base());
            try (SideProcess commandNode = SideProcess.start(options, service, "command-side", communes, List.of(),
                    "command-side-2.log")) {
                figures.put("commandsOneNode", commands("commands, one node", db, List.of(standalone), households));
                figures.put("commandsTwoNodes", commands("commands, two nodes", db,
                        List.of(standalone, Api.bearer(token, commandNode.base())), households));
            }
            figures.put("rebuildOneNode", rebuild("rebuild, one node", db));
            try (SideProcess queryNode = SideProcess.start(options, service, "query-side", communes,
                    List.of(SEGMENTS, "--ledger.projections.node=" + QUERY_NODE), "query-side-2.log")) {
                long started = System.nanoTime();
                awaitFairShares(List.of(STANDALONE_NODE, QUERY_NODE));
                double sharedOut = Bench.seconds(started);
                Map<String, Object> rebuild = rebuild("rebuild, two nodes", db);
                rebuild.put("sharedOutSeconds", sharedOut);
                figures.put("rebuildTwoNodes", rebuild);
            }
        }
        return figures;
    }

    /** The commands phase with {@code nodes}, once autovacuum is quiet; afterwards, until the projections caught up. */
    private Map<String, Object> commands(String phase, Connection db, List<Api> nodes, List<UUID> households)
            throws SQLException, InterruptedException {
        Autovacuum.settle(db, AUTOVACUUM_LIMIT);
        machine.phase(phase);
        log.info("Commands over HTTP: {} clients, bearer tokens, {} command node(s)", options.clients(), nodes.size());
        Map<String, Object> figures = new Commands(nodes, communes, households).run(options).summary();
        log.info("  {}", figures);
        Rebuild.awaitAllLive(admin, CATCH_UP_LIMIT);
        return figures;
    }

    /** A rebuild of every read model, once autovacuum is quiet, and how many segments each node held when it ended. */
    private Map<String, Object> rebuild(String phase, Connection db) throws SQLException, InterruptedException {
        Autovacuum.settle(db, AUTOVACUUM_LIMIT);
        machine.phase(phase);
        log.info("Rebuilding every read model: {}", phase);
        Map<String, Object> rebuild = new Rebuild(admin).run();
        rebuild.put("segmentsByNode", segmentsByNode(Rebuild.states(admin, json)));
        log.info("  {}", rebuild);
        return rebuild;
    }

    /** Until every segment is held and each of {@code nodes} holds its share (segments divided by nodes) of each projection. */
    private void awaitFairShares(List<String> nodes) throws InterruptedException {
        long started = System.nanoTime();
        while (true) {
            JsonNode projections = Rebuild.states(admin, json);
            boolean fair = true;
            for (JsonNode projection : projections) {
                Map<String, Integer> held = segmentsByNode(List.of(projection));
                int share = projection.get("segments").size() / nodes.size();
                fair &= !held.containsKey(NO_NODE) && nodes.stream().allMatch(node -> held.getOrDefault(node, 0) >= share);
            }
            if (fair) {
                log.info("Segments shared out: {}", segmentsByNode(projections));
                return;
            }
            if (System.nanoTime() - started > SHARE_LIMIT.toNanos()) {
                throw new IllegalStateException("The segments were not shared out within " + SHARE_LIMIT + ": " + projections);
            }
            Thread.sleep(500);
        }
    }

    /** Segments held by each node over {@code projections}. */
    private static Map<String, Integer> segmentsByNode(Iterable<JsonNode> projections) {
        Map<String, Integer> held = new TreeMap<>();
        for (JsonNode projection : projections) {
            for (JsonNode segment : projection.get("segments")) {
                JsonNode node = segment.get("node");
                held.merge(node == null || node.isNull() ? NO_NODE : node.asText(), 1, Integer::sum);
            }
        }
        return held;
    }
}
