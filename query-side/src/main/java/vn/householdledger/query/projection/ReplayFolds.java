package vn.householdledger.query.projection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@link ReplayFold}s of this node, by processor, and the marks of the folded replays under way;
 * {@code ledger.projection.replay.folded.households{projection}} counts the households whose rows a
 * rebuild wrote from its fold.
 */
@Component
public class ReplayFolds {

    public static final String FOLDED = "ledger.projection.replay.folded.households";

    private final Map<String, ReplayFold<?>> folds = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final int maxHouseholds;
    private final boolean oneSegment;
    private final MeterRegistry meters;

    public ReplayFolds(JdbcTemplate jdbc, TransactionTemplate transactions,
                       @Value("${ledger.projections.replay-fold.max-households:200000}") int maxHouseholds,
                       @Value("${ledger.projections.segments:1}") int segments, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.meters = meters;
        this.transactions = transactions;
        this.maxHouseholds = maxHouseholds;
        this.oneSegment = segments == 1;
    }

    /**
     * Whether a replay folds: only where each projection is one segment (one query node). With several, a node
     * that folded a segment's households could lose the segment to another node mid-replay, which would go on
     * past events whose rows were only in the first node's memory; those replays follow the live path.
     */
    boolean folds() {
        return oneSegment;
    }

    /** A fold for the processor's replays; {@code save} writes folded rows in the current transaction. */
    public <R> ReplayFold<R> create(String processor, Consumer<Collection<R>> save) {
        ReplayFold<R> fold = new ReplayFold<>(processor, this, save);
        folds.put(processor, fold);
        return fold;
    }

    /** Whether the processor's replay still holds rows not written: its read model is not complete yet. */
    public boolean folding(String processor) {
        ReplayFold<?> fold = folds.get(processor);
        return fold != null && fold.folding();
    }

    /** Ends the processor's replay (see {@link ReplayFold#finish}); true when it had none. */
    public boolean finish(String processor) throws InterruptedException {
        ReplayFold<?> fold = folds.get(processor);
        return fold == null || !fold.folding() || fold.finish();
    }

    /** The processors whose folded replay a stopped process left unfinished. */
    public List<String> interrupted() {
        return jdbc.queryForList("SELECT processor FROM query_side.replay_fold ORDER BY processor", String.class);
    }

    int maxHouseholds() {
        return maxHouseholds;
    }

    void written(String processor, int households) {
        Counter.builder(FOLDED).description("Households whose read-model rows a rebuild folded in memory and wrote once")
                .tag("projection", processor).register(meters).increment(households);
    }

    void mark(String processor) {
        jdbc.update("INSERT INTO query_side.replay_fold (processor) VALUES (?) ON CONFLICT DO NOTHING", processor);
    }

    void unmark(String processor) {
        jdbc.update("DELETE FROM query_side.replay_fold WHERE processor = ?", processor);
    }

    void inTransaction(Runnable work) {
        transactions.executeWithoutResult(tx -> work.run());
    }
}
