package vn.householdledger.query.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.householdledger.api.admin.ProjectionState;
import vn.householdledger.api.admin.ProjectionStatus;
import vn.householdledger.query.projection.ProcessingProgress;

/** Where each projection of this node stands: its state, how far it has come, and its dead letters. */
@Component
public class ProjectionStates {

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

    private ProjectionState state(String name, StreamingEventProcessor processor) {
        if (processor.isError()) {
            return ProjectionState.FAILED;
        }
        if (rebuilds.inProgress(name, processor)) {
            return ProjectionState.REBUILDING;
        }
        return processor.isRunning() ? ProjectionState.LIVE : ProjectionState.STOPPED;
    }
}
