package vn.householdledger.query.admin;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.householdledger.query.projection.ProcessingProgress;
import vn.householdledger.query.projection.ProjectionNodes;
import vn.householdledger.query.projection.StoredSegment;

/**
 * How the query-side nodes agree on a rebuild, through {@code query_side.projection_rebuild}: a row per
 * projection being rebuilt, its primary key letting one rebuild of it run at a time whichever node asked.
 * While the row says paused, every other node stops processing the projection, which releases its
 * claims ({@link #follow}, after each heartbeat); the rebuilding node resets every segment once no
 * node holds one, clears paused in the same transaction and the nodes start again. A row whose node
 * is gone is dropped, and the projection goes on where it stands.
 */
@Component
public class RebuildCoordination {

    private static final Logger log = LoggerFactory.getLogger(RebuildCoordination.class);
    private static final String TABLE = "query_side.projection_rebuild";
    private static final String LIVE_NODE = "EXISTS (SELECT 1 FROM query_side.projection_node n"
            + " WHERE n.node = r.node AND n.seen > now() - make_interval(secs => ?))";

    private final JdbcTemplate jdbc;
    private final ProjectionNodes nodes;
    private final ProcessingProgress progress;
    private final TokenSchema tokens;
    private final TokenStore tokenStore;
    /** Projections this node stopped because another node rebuilds them. */
    private final Set<String> stopped = ConcurrentHashMap.newKeySet();

    public RebuildCoordination(JdbcTemplate jdbc, ProjectionNodes nodes, ProcessingProgress progress, TokenSchema tokens,
                               TokenStore tokenStore) {
        this.jdbc = jdbc;
        this.nodes = nodes;
        this.progress = progress;
        this.tokens = tokens;
        this.tokenStore = tokenStore;
        int left = jdbc.update("DELETE FROM " + TABLE + " WHERE node = ?", nodes.node());
        if (left > 0) {
            log.warn("Node {} left {} rebuild(s) unfinished when it last stopped; the projections go on where they stand", nodes.node(), left);
        }
        nodes.onHeartbeat(this::follow);
    }

    /** Takes the projection's rebuild for this node; false if a live node rebuilds it already. */
    boolean begin(String name, String requestedBy) {
        jdbc.update("DELETE FROM " + TABLE + " r WHERE processor = ? AND NOT " + LIVE_NODE, name, seconds());
        return jdbc.update("INSERT INTO " + TABLE + " (processor, node, requested_by, paused, since) VALUES (?, ?, ?, true, now())"
                + " ON CONFLICT (processor) DO NOTHING", name, nodes.node(), requestedBy) == 1;
    }

    /** The projections a live node rebuilds now. */
    Set<String> underway() {
        Set<String> underway = new HashSet<>();
        jdbc.query("SELECT processor FROM " + TABLE + " r WHERE " + LIVE_NODE, rs -> {
            underway.add(rs.getString(1));
        }, seconds());
        return underway;
    }

    /**
     * In the transaction that resets the projection: locks its segments' tokens and tells whether no
     * node holds any of them (each released its claim, or let it expire).
     */
    boolean lockReleased(String name) {
        Instant now = Instant.now();
        boolean[] held = {false};
        jdbc.query("SELECT " + tokens.ownerColumn() + ", " + tokens.timestampColumn() + " FROM " + tokens.tokenTable()
                + " WHERE " + tokens.processorNameColumn() + " = ? FOR UPDATE", rs -> {
            String claimed = rs.getString(2);
            held[0] |= new StoredSegment(0, null, rs.getString(1), claimed == null ? null : DateTimeUtils.parseInstant(claimed))
                    .held(now, nodes.claimTimeout());
        }, name);
        return !held[0];
    }

    /** In the reset's transaction: its segments free for any node to claim, and the nodes told to start again. */
    void resume(String name) {
        jdbc.update("UPDATE " + tokens.tokenTable() + " SET " + tokens.ownerColumn() + " = NULL WHERE "
                + tokens.processorNameColumn() + " = ?", name);
        jdbc.update("UPDATE " + TABLE + " SET paused = false WHERE processor = ?", name);
    }

    /**
     * In the reset's transaction, after the reset: the projection's segments replaced by {@code count}
     * new ones, each replaying from the start up to {@code reached}, where the old ones had come. So a
     * store made with another count of segments (Axon keeps a projection's segments as they were first
     * made) takes the configured count at its next rebuild.
     */
    void split(String name, int count, TrackingToken reached) {
        int before = jdbc.update("DELETE FROM " + tokens.tokenTable() + " WHERE " + tokens.processorNameColumn() + " = ?", name);
        tokenStore.initializeTokenSegments(name, count, ReplayToken.createReplayToken(reached, null));
        log.info("Projection {} split into {} segments instead of {}", name, count, before);
    }

    /** The rebuild is over (or failed): another may start. */
    void end(String name) {
        jdbc.update("DELETE FROM " + TABLE + " WHERE processor = ? AND node = ?", name, nodes.node());
    }

    /** Stops the projections another node is about to reset, and starts them again once it has. */
    void follow() {
        Map<String, Boolean> paused = new HashMap<>();
        jdbc.query("SELECT processor, paused FROM " + TABLE + " r WHERE node <> ? AND " + LIVE_NODE, rs -> {
            paused.put(rs.getString(1), rs.getBoolean(2));
        }, nodes.node(), seconds());
        progress.processors().forEach((name, processor) -> {
            if (Boolean.TRUE.equals(paused.get(name))) {
                if (processor.isRunning()) {
                    log.info("Projection {} stops on node {}, releasing its segments: another node rebuilds it", name, nodes.node());
                    stopped.add(name);
                    processor.shutDown();
                }
            } else if (stopped.remove(name)) {
                log.info("Projection {} starts again on node {} after its reset", name, nodes.node());
                processor.start();
            }
        });
        int dropped = jdbc.update("DELETE FROM " + TABLE + " r WHERE NOT " + LIVE_NODE, seconds());
        if (dropped > 0) {
            log.warn("Dropped {} rebuild(s) whose node is gone; their projections go on where they stand", dropped);
        }
    }

    private double seconds() {
        return nodes.claimTimeout().toMillis() / 1000.0;
    }
}
