package vn.householdledger.query.admin;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.eventhandling.EventTrackerStatus;
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
import vn.householdledger.query.projection.ReplayFolds;

/**
 * Rebuilds read models from the event store, in the background on this node: the processor stops,
 * its tokens go back to the start (its {@code @ResetHandler} clears its tables, and its count of
 * handled events and its dead letters go, all in the same transaction), and it starts again and replays. A projection is being rebuilt from the request
 * until its replay has caught up and the rows it folded in memory are written ({@link ReplayFolds});
 * meanwhile another rebuild of it is refused. A folded replay that a stopped process left unfinished, or
 * whose fold a failed batch spoilt, is started over. Only an admin, or a system job acting as one, may
 * start a rebuild.
 */
@Component
public class ProjectionRebuilds implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    private static final Duration POLL = Duration.ofMillis(50);

    private final ProcessingProgress progress;
    private final HandledEvents handled;
    private final TransactionTemplate transactions;
    private final ReplayFolds folds;
    private final Set<String> rebuilding = ConcurrentHashMap.newKeySet();
    private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    public ProjectionRebuilds(ProcessingProgress progress, HandledEvents handled, TransactionTemplate transactions,
                              ReplayFolds folds) {
        this.progress = progress;
        this.handled = handled;
        this.transactions = transactions;
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

    /** Starts rebuilding the named projections; refuses them all if any is unknown or being rebuilt. */
    public synchronized List<String> rebuild(List<String> names) {
        Caller caller = Caller.current();
        caller.require(Role.ADMIN);
        Map<String, StreamingEventProcessor> processors = progress.processors();
        for (String name : names) {
            StreamingEventProcessor processor = processors.get(name);
            if (processor == null) {
                throw new NotFound("notFound.projection", name);
            }
            if (inProgress(name, processor)) {
                throw new RuleViolation(RuleCode.REBUILD_IN_PROGRESS, name);
            }
        }
        return start(names, caller.username());
    }

    private synchronized List<String> start(List<String> names, String askedBy) {
        log.info("Rebuild of {} asked for by {}", names, askedBy);
        Map<String, StreamingEventProcessor> processors = progress.processors();
        rebuilding.addAll(names);
        names.forEach(name -> executor.execute(() -> run(name, processors.get(name))));
        return names;
    }

    /** Whether a rebuild of the projection was asked for and has not yet caught up. */
    public boolean inProgress(String name, StreamingEventProcessor processor) {
        return rebuilding.contains(name) || processor.processingStatus().values().stream().anyMatch(ProjectionRebuilds::replaying);
    }

    /**
     * Whether a segment still replays events from before its reset. Axon keeps the token a replay
     * token until the first event after the reset arrives; a replay that has reached the position
     * of the reset has rebuilt everything there was.
     */
    static boolean replaying(EventTrackerStatus segment) {
        OptionalLong current = segment.getCurrentPosition();
        OptionalLong reset = segment.getResetPosition();
        return segment.isReplaying() && !(current.isPresent() && reset.isPresent() && current.getAsLong() >= reset.getAsLong());
    }

    private void run(String name, StreamingEventProcessor processor) {
        try {
            boolean rebuilt;
            do {
                log.info("Rebuilding projection {}", name);
                processor.shutDown();
                transactions.executeWithoutResult(tx -> {
                    handled.reset(name);
                    processor.resetTokens();
                });
                processor.start();
                rebuilt = awaitReplay(processor) && written(name);
            } while (!rebuilt && processor.isRunning());
            log.info("Projection {} rebuilt", name);
        } catch (RuntimeException e) {
            log.error("Rebuilding projection {} failed", name, e);
            if (!processor.isRunning()) {
                processor.start();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            rebuilding.remove(name);
        }
    }

    /** Until the restarted processor holds its segments and none of them replays any more; false if it stopped first. */
    private static boolean awaitReplay(StreamingEventProcessor processor) throws InterruptedException {
        while (processor.isRunning()) {
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            if (!status.isEmpty() && status.values().stream().noneMatch(ProjectionRebuilds::replaying)) {
                return true;
            }
            Thread.sleep(POLL.toMillis());
        }
        return false;
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
