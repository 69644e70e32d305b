package vn.householdledger.command.review;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The progress of each decision on its way to the households, in {@code command_side.review_decision_step}:
 * one row per recognised household, pending until the household's assessment is stored (in the same
 * transaction as the row is marked) or the household refused it.
 */
@Repository
public class DecisionSteps {

    /** Where a household's step stands. */
    enum State { PENDING, ASSESSED, REFUSED }

    /** One household's step of one decision, in the order the decision named them. */
    record Step(long position, UUID reviewId, UUID householdId) {
    }

    private final JdbcTemplate jdbc;

    public DecisionSteps(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The steps of a decision, each pending; a decision planned twice keeps its first plan. */
    void plan(UUID reviewId, List<UUID> households) {
        jdbc.batchUpdate("""
                        INSERT INTO command_side.review_decision_step (review_id, household_id, state)
                        VALUES (?, ?, 'PENDING') ON CONFLICT DO NOTHING""",
                households.stream().map(household -> new Object[] {reviewId, household}).toList());
    }

    /** At most {@code limit} pending steps after {@code position}, in order. */
    List<Step> pendingAfter(long position, int limit) {
        return jdbc.query("""
                        SELECT position, review_id, household_id FROM command_side.review_decision_step
                         WHERE state = 'PENDING' AND position > ? ORDER BY position LIMIT ?""",
                (rs, i) -> new Step(rs.getLong(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)), position, limit);
    }

    /**
     * Within the step's transaction: whether the step is still pending, locked until that transaction ends
     * (false when it is done, or another node is taking it).
     */
    boolean claim(Step step) {
        return !jdbc.queryForList("""
                        SELECT 1 FROM command_side.review_decision_step
                         WHERE review_id = ? AND household_id = ? AND state = 'PENDING' FOR UPDATE SKIP LOCKED""",
                Integer.class, step.reviewId(), step.householdId()).isEmpty();
    }

    /** Within the step's transaction: the step is done, and why a refused one was refused. */
    void finish(Step step, State state, String refusal) {
        jdbc.update("""
                        UPDATE command_side.review_decision_step SET state = ?, refusal = ?, done_at = now()
                         WHERE review_id = ? AND household_id = ?""",
                state.name(), refusal, step.reviewId(), step.householdId());
    }

    long pending() {
        Long pending = jdbc.queryForObject("SELECT count(*) FROM command_side.review_decision_step WHERE state = 'PENDING'",
                Long.class);
        return pending == null ? 0 : pending;
    }

    /** How many steps of a decision ended each way, once none of them is pending; empty while some are. */
    Map<State, Long> outcomesOf(UUID reviewId) {
        Map<State, Long> outcomes = new EnumMap<>(State.class);
        jdbc.query("SELECT state, count(*) FROM command_side.review_decision_step WHERE review_id = ? GROUP BY state",
                rs -> {
                    outcomes.put(State.valueOf(rs.getString(1)), rs.getLong(2));
                }, reviewId);
        return outcomes.containsKey(State.PENDING) ? Map.of() : outcomes;
    }
}
