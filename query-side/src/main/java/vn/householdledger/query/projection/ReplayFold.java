package vn.householdledger.query.projection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A projection's rows folded in memory during a rebuild, one entry per household, so that a replay writes
 * each household's rows once (multi-row inserts) instead of an insert and then an update per event. Its
 * replay begins at the projection's reset, which marks it in {@code query_side.replay_fold}; the rows are
 * written when more than {@code ledger.projections.replay-fold.max-households} are held (in the batch's
 * transaction, its households then follow the live path), at the first event after the replay, and when
 * {@link ReplayFolds#finish} ends it, deleting the mark in the same transaction. Tokens are stored past
 * folded events while the rows are in memory only: a process that stops mid-replay leaves the mark, and
 * the next start rebuilds the projection again; a batch rolled back after folding (its events will come
 * again) makes the replay start over too.
 *
 * @param <R> a household's folded rows
 */
public final class ReplayFold<R> {

    private static final Logger log = LoggerFactory.getLogger(ReplayFold.class);

    private final String processor;
    private final ReplayFolds folds;
    private final Consumer<Collection<R>> save;
    private final String resource;
    private final Map<UUID, R> rows = new LinkedHashMap<>();
    private final Set<UUID> written = new HashSet<>();
    private boolean folding;
    private boolean lost;
    private int unresolvedBatches;

    ReplayFold(String processor, ReplayFolds folds, Consumer<Collection<R>> save) {
        this.processor = processor;
        this.folds = folds;
        this.save = save;
        this.resource = ReplayFold.class.getName() + "." + processor;
    }

    /** The household's folded rows, or null when the event follows the live path (not replaying, or not folded). */
    public synchronized R get(UUID householdId, ReplayStatus status) {
        return folds(status) ? rows.get(householdId) : null;
    }

    /** Starts folding a household first seen in this replay; false when its event follows the live path. */
    public synchronized boolean begin(UUID householdId, ReplayStatus status, Supplier<R> row) {
        if (!folds(status) || rows.containsKey(householdId) || written.contains(householdId)) {
            return false;
        }
        rows.put(householdId, row.get());
        return true;
    }

    /** At the projection's reset, in its transaction: the replay that follows folds. */
    public synchronized void reset() {
        rows.clear();
        written.clear();
        lost = false;
        folding = folds.folds();
        if (folding) {
            folds.mark(processor);
        }
    }

    synchronized boolean folding() {
        return folding;
    }

    /**
     * Once the replay has caught up: writes what is still folded and ends the fold, in one transaction;
     * false when a batch rolled back after folding, and the replay must start over.
     */
    synchronized boolean finish() throws InterruptedException {
        while (unresolvedBatches > 0) {
            wait();
        }
        if (lost) {
            rows.clear();
            return false;
        }
        log.info("Projection {} caught up: writing the rows of its last {} folded households", processor, rows.size());
        folds.inTransaction(() -> {
            writeFolded();
            folds.unmark(processor);
        });
        folding = false;
        written.clear();
        return true;
    }

    private boolean folds(ReplayStatus status) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get() : null;
        if (!folding || unitOfWork == null || unitOfWork.getResource(DeadLetter.class.getName()) != null) {
            return false;
        }
        watch(unitOfWork.root());
        if (status.isReplay()) {
            return true;
        }
        if (!rows.isEmpty()) {
            log.info("Projection {} left its replay: writing the rows of {} folded households", processor, rows.size());
            writeFolded();
        }
        return false;
    }

    /** Follows the batch: too many households are written before its token; a rollback loses the fold. */
    private void watch(UnitOfWork<?> batch) {
        batch.getOrComputeResource(resource, key -> {
            unresolvedBatches++;
            batch.onPrepareCommit(u -> {
                synchronized (this) {
                    if (rows.size() > folds.maxHouseholds()) {
                        log.info("Projection {} writes the rows of {} folded households mid-replay", processor, rows.size());
                        writeFolded();
                    }
                }
            });
            batch.onRollback(u -> {
                synchronized (this) {
                    lost = true;
                }
            });
            batch.onCleanup(u -> {
                synchronized (this) {
                    unresolvedBatches--;
                    notifyAll();
                }
            });
            return Boolean.TRUE;
        });
    }

    private void writeFolded() {
        if (!rows.isEmpty()) {
            save.accept(new ArrayList<>(rows.values()));
            folds.written(processor, rows.size());
            written.addAll(rows.keySet());
            rows.clear();
        }
    }
}
