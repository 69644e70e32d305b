package vn.householdledger.query.projection;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The query-side nodes that share the projections' segments. Each node names itself
 * ({@code ledger.projections.node}, the owner of its claims in the token store) and writes its row of
 * {@code query_side.projection_node} every {@code ledger.projections.heartbeat} on a thread of its own,
 * so that no other scheduled work delays it. A node not seen within the claim timeout
 * ({@code ledger.projections.claim-timeout}) is gone: its claims expire as well, and the others take
 * its segments. Each node claims its fair share of each projection's {@code ledger.projections.segments}:
 * as many as the live nodes divided, rounded up, so a node that joins gets segments released to it
 * and the last node standing claims them all.
 */
@Component
@DependsOn("querySideFlyway")
public class ProjectionNodes implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProjectionNodes.class);
    private static final String TABLE = "query_side.projection_node";

    private final JdbcTemplate jdbc;
    private final String node;
    private final int segments;
    private final Duration claimTimeout;
    private final List<Runnable> onHeartbeat = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "projection-nodes");
        thread.setDaemon(true);
        return thread;
    });
    private final ObjectProvider<EventProcessingConfiguration> processing;
    /** Live nodes running each processor, as of the last heartbeat. */
    private volatile Map<String, Integer> running = Map.of();
    private volatile String[] processors = new String[0];

    public ProjectionNodes(JdbcTemplate jdbc, ObjectProvider<EventProcessingConfiguration> processing,
                           @Value("${ledger.projections.node:#{T(java.lang.management.ManagementFactory).getRuntimeMXBean().getName()}}")
                           String node,
                           @Value("${ledger.projections.segments:1}") int segments,
                           @Value("${ledger.projections.claim-timeout:10s}") Duration claimTimeout,
                           @Value("${ledger.projections.heartbeat:2s}") Duration interval) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.node = node;
        this.segments = segments;
        this.claimTimeout = claimTimeout;
        beat();
        log.info("Query-side node {}: {} segment(s) per projection, claims expire {} after their last renewal",
                node, segments, claimTimeout);
        heartbeat.scheduleWithFixedDelay(this::beatSafely, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    public String node() {
        return node;
    }

    public int segments() {
        return segments;
    }

    public Duration claimTimeout() {
        return claimTimeout;
    }

    /** How many segments of the processor this node may claim: the fair share of the live nodes that run it, itself included. */
    public int fairShare(String processor) {
        int nodes = Math.max(1, running.getOrDefault(processor, 1));
        return Math.max(1, (segments + nodes - 1) / nodes);
    }

    /**
     * Work to do after each heartbeat, on its thread (following a rebuild another node coordinates), once
     * the application is ready: asking Axon for its processors earlier, while it configures them, would
     * build one before its kind is set.
     */
    public void onHeartbeat(Runnable work) {
        onHeartbeat.add(work);
    }

    private synchronized void beatSafely() {
        try {
            beat();
            if (processors.length > 0) {
                onHeartbeat.forEach(Runnable::run);
            }
        } catch (RuntimeException e) {
            log.warn("Query-side node {} could not renew its heartbeat; retrying", node, e);
        }
    }

    private void beat() {
        String[] mine = processors;
        jdbc.update("INSERT INTO " + TABLE + " AS n (node, seen, processors) VALUES (?, now(), ?)"
                + " ON CONFLICT (node) DO UPDATE SET seen = now(), processors = excluded.processors", node, mine);
        Map<String, Integer> now = new TreeMap<>();
        jdbc.query("SELECT p, count(*) FROM " + TABLE + ", unnest(processors) p WHERE seen > now() - make_interval(secs => ?)"
                + " GROUP BY p", rs -> {
            now.put(rs.getString(1), rs.getInt(2));
        }, seconds());
        boolean changed = !now.equals(running);
        running = now;
        if (changed && mine.length > 0) {
            log.info("Query-side node {} shares the projections' {} segment(s) each with the live nodes running them: {}",
                    node, segments, now);
        }
        jdbc.update("DELETE FROM " + TABLE + " WHERE seen < now() - make_interval(secs => ?)", seconds() * 100);
    }

    /**
     * Names this node's streaming processors in its row from now on. Until then (start-up) it names
     * none, and the others do not count it yet: it claims what is free, and is given its share once ready.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void ready() {
        processors = processing.getObject().eventProcessors().entrySet().stream()
                .filter(e -> e.getValue() instanceof StreamingEventProcessor).map(Map.Entry::getKey).sorted().toArray(String[]::new);
        beatSafely();
    }

    private double seconds() {
        return claimTimeout.toMillis() / 1000.0;
    }

    /** Leaves the table: the processors, stopped before, have released their claims. */
    @Override
    public void destroy() {
        heartbeat.shutdownNow();
        try {
            jdbc.update("DELETE FROM " + TABLE + " WHERE node = ?", node);
        } catch (RuntimeException e) {
            log.debug("Query-side node {} left its row behind; it expires with the claim timeout", node, e);
        }
    }
}
