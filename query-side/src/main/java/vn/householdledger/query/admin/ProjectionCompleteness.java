package vn.householdledger.query.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.householdledger.api.security.Role;
import vn.householdledger.platform.problem.RuleViolation;
import vn.householdledger.platform.security.Caller;
import vn.householdledger.query.projection.EventCensus;
import vn.householdledger.query.projection.HandledTypes;
import vn.householdledger.query.projection.ProcessingProgress;
import vn.householdledger.query.projection.SegmentTokens;
import vn.householdledger.query.projection.StoredSegment;

/**
 * Proof that every stored event reached every projection, and the repair when one did not. A
 * projection is complete when the events it has handled since its last reset number exactly the
 * events the store holds that it should have handled by now: those of the payload types it handles
 * at or below its stored token's position, less the token's gaps (events it still waits for). Token
 * and count are read in one statement, and both are written in each batch's transaction, so they
 * agree. Axon's JDBC engine drops a gap from a token when it reads an event older than the gap
 * timeout above it; an event committing into that gap afterwards is skipped without a word
 * (AxonFramework issue 4829). The check finds that: every {@code ledger.projections.completeness-check}
 * (10 s) it rebuilds a projection that misses events, with a WARN naming it and the count, and gives
 * up with an ERROR after {@value #MAX_REPAIRS} rebuilds in a row that did not make it complete. It
 * runs on no request, as the system job {@value #JOB} with the admin's role that a rebuild needs.
 * Every node checks; the first to ask rebuilds, the others are refused ({@link RebuildCoordination}).
 * A node repairs only a projection it runs (one stopped here is left to the nodes that run it).
 */
@Component
public class ProjectionCompleteness {

    public static final String MISSING = "ledger.projection.missing.events";
    /** Who the scheduled check rebuilds as. */
    public static final String JOB = "projection-completeness";
    static final int MAX_REPAIRS = 3;
    private static final Logger log = LoggerFactory.getLogger(ProjectionCompleteness.class);

    /** Events the projection has handled since its last reset, and those the store holds that it should have. */
    public record Completeness(long handled, long expected) {

        /** Positive: events skipped; negative: more handled than the store holds. */
        public long missing() {
            return expected - handled;
        }

        public boolean complete() {
            return handled == expected;
        }
    }

    private final ProcessingProgress progress;
    private final ProjectionRebuilds rebuilds;
    private final EventCensus census;
    private final HandledTypes types;
    private final MeterRegistry registry;
    private final Map<String, Integer> repairs = new ConcurrentHashMap<>();
    private final Set<String> surplusReported = ConcurrentHashMap.newKeySet();
    private volatile Map<String, Completeness> latest = Map.of();

    public ProjectionCompleteness(ProcessingProgress progress, ProjectionRebuilds rebuilds, EventCensus census,
                                  HandledTypes types, MeterRegistry registry) {
        this.progress = progress;
        this.rebuilds = rebuilds;
        this.census = census;
        this.types = types;
        this.registry = registry;
    }

    /**
     * Each projection's completeness, by name, from its stored segments and count (read in one
     * statement, so that they agree). A projection is measured when every segment's token stands at
     * the same place (one segment always does; several do once they have caught up with the head and
     * stored their tokens): the events below it then split between the segments, and their count is
     * the store's. A projection whose segments stand apart is left out until they meet.
     */
    public Map<String, Completeness> measure(Map<String, SegmentTokens.Stored> stored) {
        census.refresh();
        Map<String, Completeness> measured = new TreeMap<>();
        progress.processors().forEach((name, processor) -> {
            SegmentTokens.Stored s = stored.get(name);
            if (s == null || !(processor instanceof AbstractEventProcessor)
                    || s.segments().stream().map(StoredSegment::current).distinct().count() != 1) {
                return;
            }
            TrackingToken position = s.segments().get(0).current();
            if (position == null) {
                measured.put(name, new Completeness(s.handled(), 0));
            } else if (position instanceof GapAwareTrackingToken token) {
                long expected = census.count(type -> types.handles(name, type), token.getIndex(), token.getGaps());
                measured.put(name, new Completeness(s.handled(), expected));
            }
        });
        latest = measured;
        return measured;
    }

    /** Rebuilds each running projection that misses events, unless it is being rebuilt already. */
    @Scheduled(fixedDelayString = "${ledger.projections.completeness-check:10s}",
            initialDelayString = "${ledger.projections.completeness-check:10s}")
    public void check() {
        Caller.asSystem(JOB, Set.of(Role.ADMIN), Set.of(), () -> {
            repair();
            return null;
        });
    }

    private void repair() {
        Map<String, StreamingEventProcessor> processors = progress.processors();
        Map<String, SegmentTokens.Stored> stored = progress.stored();
        measure(stored).forEach((name, completeness) -> {
            StreamingEventProcessor processor = processors.get(name);
            if (completeness.missing() <= 0) {
                repairs.remove(name);
                if (completeness.missing() == 0) {
                    surplusReported.remove(name);
                } else if (surplusReported.add(name)) {
                    log.warn("Projection {} has handled {} events, {} more than the {} the event store holds for it: rebuild it to count afresh",
                            name, completeness.handled(), -completeness.missing(), completeness.expected());
                }
                return;
            }
            if (!processor.isRunning() || rebuilds.inProgress(name, stored.get(name))) {
                return;
            }
            int attempt = repairs.merge(name, 1, Integer::sum);
            if (attempt > MAX_REPAIRS) {
                if (attempt == MAX_REPAIRS + 1) {
                    log.error("Projection {} still misses {} event(s) after {} rebuilds; not rebuilding it again until it is complete",
                            name, completeness.missing(), MAX_REPAIRS);
                }
                return;
            }
            log.warn("Projection {} missed {} event(s): the event store holds {} for it up to its position, it handled {}; rebuilding it",
                    name, completeness.missing(), completeness.expected(), completeness.handled());
            try {
                rebuilds.rebuild(List.of(name));
            } catch (RuleViolation alreadyRebuilding) {
                repairs.merge(name, -1, Integer::sum);
            }
        });
    }

    /** {@code ledger.projection.missing.events{projection}}: as of the last check, NaN before it. */
    @EventListener(ApplicationReadyEvent.class)
    public void registerGauges() {
        progress.processors().keySet().forEach(name -> Gauge.builder(MISSING, this, c -> {
                    Completeness completeness = c.latest.get(name);
                    return completeness == null ? Double.NaN : completeness.missing();
                })
                .description("Events the event store holds that the projection should have handled but has not")
                .tag("projection", name)
                .register(registry));
    }
}
