package vn.householdledger.query.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.api.security.Role;
import vn.householdledger.platform.problem.NotFound;
import vn.householdledger.platform.problem.RuleViolation;
import vn.householdledger.platform.security.Caller;
import vn.householdledger.query.projection.HandledEvents;
import vn.householdledger.query.projection.ProcessingProgress;
import vn.householdledger.query.projection.ProjectionNodes;
import vn.householdledger.query.projection.ReplayFolds;
import vn.householdledger.query.projection.SegmentTokens;
import vn.householdledger.query.projection.StoredSegment;

/**
 * Rebuilds read models from the event store, in the background, whichever node holds their segments:
 * the projection stops here and on every other node ({@link RebuildCoordination}), and once no node
 * holds any of its segments, its tokens go back to the start (its {@code @ResetHandler} clears its
 * tables, and its count of handled events and its dead letters go, all in the same transaction); then
 * it starts again on every node and replays. A projection is being rebuilt from the request until
 * every segment's replay has caught up and the rows this node folded in memory are written
 * ({@link ReplayFolds}); meanwhile another rebuild of it, on any node, is refused. A folded replay that a
 * stopped process left unfinished, or whose fold a failed batch spoilt, is started over. Only an admin,
 * or a system job acting as one, may start a rebuild.
 */
@Component
public class ProjectionRebuilds implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    private static final Duration POLL = Duration.ofMillis(50);

    private final ProcessingProgress progress;
    private final HandledEvents handled;
    private final RebuildCoordination coordination;
    private final TransactionTemplate transactions;
    private final Duration claimTimeout;
    private final int segments;
    private final ReplayFolds folds;
    private final Set<String> rebuilding = ConcurrentHashMap.newKeySet();
    private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    public ProjectionRebuilds(ProcessingProgress progress, HandledEvents handled, RebuildCoordination coordination,
                              TransactionTemplate transactions, ProjectionNodes nodes, ReplayFolds folds) {
        this.progress = progress;
        this.handled = handled;
        this.coordination = coordination;
        this.transactions = transactions;
        this.claimTimeout = nodes.claimTimeout();
        this.segments = nodes.segments();
        this.folds = folds;
    }

    /**
     * The rows a stopped process had folded are lost with it: those projections are rebuilt again,
     * although their processors may already be replaying again from the interrupted rebuild's tokens.
     */
    @EventListener(ApplicationReadyEvent.class)
    void resumeInterrupted() {
        List<String> interrupted = folds.interrupted().stream().filter(progress.processors()::containsKey).toList();
        if (!interrupted.isEmpty()) {
            log.warn("The rebuild of {} stopped before its folded rows were written: rebuilding again", interrupted);
            start(interrupted, "replay-recovery");
        }
    }

    /** Starts rebuilding every projection; refuses them all if any is being rebuilt. */
    public List<String> rebuildAll() {
        return rebuild(List.copyOf(progress.processors().keySet()));
    }

    /** Starts rebuilding the named projections; refuses them all if any is unknown or being rebuilt on any node. */
    public synchronized List<String> rebuild(List<String> names) {
        Caller caller = Caller.current();
        caller.require(Role.ADMIN);
        Map<String, StreamingEventProcessor> processors = progress.processors();
        Map<String, SegmentTokens.Stored> stored = progress.current();
        for (String name : names) {
            if (!processors.containsKey(name)) {
                throw new NotFound("notFound.projection", name);
            }
            if (inProgress(name, stored.get(name))) {
                throw new RuleViolation(RuleCode.REBUILD_IN_PROGRESS, name);
            }
        }
        return start(names, caller.username());
    }

    /** Takes each projection's rebuild for this node (refusing them all if a live node has one), then rebuilds them in the background. */
    private synchronized List<String> start(List<String> names, String askedBy) {
        transactions.executeWithoutResult(tx -> names.forEach(name -> {
            if (!coordination.begin(name, askedBy)) {
                throw new RuleViolation(RuleCode.REBUILD_IN_PROGRESS, name);
            }
        }));
        log.info("Rebuild of {} asked for by {}", names, askedBy);
        Map<String, StreamingEventProcessor> processors = progress.processors();
        rebuilding.addAll(names);
        names.forEach(name -> executor.execute(() -> run(name, processors.get(name))));
        return names;
    }

    /** Whether a rebuild of the projection was asked for, on any node, and has not yet caught up on every segment. */
    public boolean inProgress(String name, SegmentTokens.Stored stored) {
        return rebuilding.contains(name) || coordination.underway().contains(name)
                || stored != null && stored.segments().stream().anyMatch(StoredSegment::replaying);
    }

    private void run(String name, StreamingEventProcessor processor) {
        try {
            do {
                log.info("Rebuilding projection {}: stopping it on every node", name);
                processor.shutDown();
                while (!Boolean.TRUE.equals(transactions.execute(tx -> reset(name, processor)))) {
                    Thread.sleep(POLL.toMillis());
                }
                processor.start();
                awaitReplay(name, processor);
            } while (!written(name) && processor.isRunning());
            log.info("Projection {} rebuilt", name);
        } catch (RuntimeException e) {
            log.error("Rebuilding projection {} failed", name, e);
            if (!processor.isRunning()) {
                processor.start();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            coordination.end(name);
            rebuilding.remove(name);
        }
    }

    /**
     * Resets every segment, if no node holds one any more, and splits the projection into the configured
     * count of segments if it has another; the nodes then start again.
     */
    private boolean reset(String name, StreamingEventProcessor processor) {
        if (!coordination.lockReleased(name)) {
            return false;
        }
        SegmentTokens.Stored before = progress.stored().get(name);
        handled.reset(name);
        processor.resetTokens();
        if (before != null && before.segments().size() != segments) {
            coordination.split(name, segments, before.reached());
        }
        coordination.resume(name);
        log.info("Projection {} reset on every segment; replaying", name);
        return true;
    }

    /**
     * Until no segment replays any more, whichever node processes it; or until the projection runs
     * nowhere (stopped here, no segment held elsewhere), when nothing would move it on.
     */
    private void awaitReplay(String name, StreamingEventProcessor processor) throws InterruptedException {
        while (true) {
            SegmentTokens.Stored stored = progress.current().get(name);
            Instant now = Instant.now();
            if (stored != null && stored.segments().stream().noneMatch(StoredSegment::replaying)
                    || !processor.isRunning() && (stored == null || stored.segments().stream().noneMatch(s -> s.held(now, claimTimeout)))) {
                return;
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** Writes what the replay folded; false when a batch rolled back after folding, and the replay starts over. */
    private boolean written(String name) throws InterruptedException {
        if (folds.finish(name)) {
            return true;
        }
        log.warn("A batch of the rebuild of {} rolled back after folding rows in memory: replaying again", name);
        return false;
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
