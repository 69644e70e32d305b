package vn.householdledger.query.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.householdledger.query.projection.ProcessingProgress;

/** Where each projection of this node stands: its state, how far it has come, and its dead letters. */
@Component
public class ProjectionStates {

    public enum State {
        /** Running and caught up with its replay, if any. */
        LIVE,
        /** Being rebuilt: stopping, clearing or replaying. */
        REBUILDING,
        /** Not running on this node. */
        STOPPED,
        /** Running but failing on an event, and retrying. */
        FAILED
    }

    /**
     * One projection: {@code position} is the lowest position its segments have reached (null
     * before it holds any), {@code lag} how many positions it is behind the event store's head;
     * {@code handled}, {@code expected}, {@code missing} and {@code complete} prove that it has
     * handled every stored event it should have by its stored token (see {@link ProjectionCompleteness};
     * null until it has stored one).
     */
    public record ProjectionStatus(String name, State state, Long position, long headPosition, Long lag, long deadLetters,
                                   Long handled, Long expected, Long missing, Boolean complete) {
    }

    private final ProcessingProgress progress;
    private final ProjectionRebuilds rebuilds;
    private final ProjectionCompleteness completeness;
    private final JdbcTemplate jdbc;

    public ProjectionStates(ProcessingProgress progress, ProjectionRebuilds rebuilds, ProjectionCompleteness completeness, JdbcTemplate jdbc) {
        this.progress = progress;
        this.rebuilds = rebuilds;
        this.completeness = completeness;
        this.jdbc = jdbc;
    }

    public List<ProjectionStatus> all() {
        long head = progress.head();
        Map<String, Long> deadLetters = new HashMap<>();
        jdbc.query("SELECT processing_group, count(*) FROM query_side.dead_letter_entry GROUP BY processing_group",
                rs -> { deadLetters.put(rs.getString(1), rs.getLong(2)); });
        Map<String, ProjectionCompleteness.Completeness> complete = completeness.measure();
        return progress.processors().entrySet().stream().map(e -> {
            OptionalLong position = ProcessingProgress.position(e.getValue());
            ProjectionCompleteness.Completeness c = complete.get(e.getKey());
            return new ProjectionStatus(e.getKey(), state(e.getKey(), e.getValue()),
                    position.isPresent() ? position.getAsLong() : null, head,
                    position.isPresent() ? head - position.getAsLong() : null, deadLetters.getOrDefault(e.getKey(), 0L),
                    c == null ? null : c.handled(), c == null ? null : c.expected(), c == null ? null : c.missing(),
                    c == null ? null : c.complete());
        }).toList();
    }

    /** How many positions the projection is behind the head; NaN while it holds no segment. */
    public double lag(String name) {
        StreamingEventProcessor processor = progress.processors().get(name);
        OptionalLong position = processor == null ? OptionalLong.empty() : ProcessingProgress.position(processor);
        return position.isPresent() ? progress.head() - position.getAsLong() : Double.NaN;
    }

    private State state(String name, StreamingEventProcessor processor) {
        if (processor.isError()) {
            return State.FAILED;
        }
        if (rebuilds.inProgress(name, processor)) {
            return State.REBUILDING;
        }
        return processor.isRunning() ? State.LIVE : State.STOPPED;
    }
}
