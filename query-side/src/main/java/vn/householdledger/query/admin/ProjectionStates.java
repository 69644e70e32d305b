package vn.householdledger.query.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.householdledger.api.admin.ProjectionSegment;
import vn.householdledger.api.admin.ProjectionState;
import vn.householdledger.api.admin.ProjectionStatus;
import vn.householdledger.query.projection.ProcessingProgress;
import vn.householdledger.query.projection.ProjectionNodes;
import vn.householdledger.query.projection.SegmentTokens;
import vn.householdledger.query.projection.StoredSegment;

/**
 * Where each projection stands across every query-side node, as the token store holds its segments:
 * its state, how far it has come, who holds which segment, and its dead letters.
 */
@Component
public class ProjectionStates {

    private final ProcessingProgress progress;
    private final ProjectionRebuilds rebuilds;
    private final ProjectionCompleteness completeness;
    private final JdbcTemplate jdbc;
    private final Duration claimTimeout;

    public ProjectionStates(ProcessingProgress progress, ProjectionRebuilds rebuilds, ProjectionCompleteness completeness,
                            JdbcTemplate jdbc, ProjectionNodes nodes) {
        this.progress = progress;
        this.rebuilds = rebuilds;
        this.completeness = completeness;
        this.jdbc = jdbc;
        this.claimTimeout = nodes.claimTimeout();
    }

    public List<ProjectionStatus> all() {
        long head = progress.head();
        Map<String, Long> deadLetters = new HashMap<>();
        jdbc.query("SELECT processing_group, count(*) FROM query_side.dead_letter_entry GROUP BY processing_group",
                rs -> { deadLetters.put(rs.getString(1), rs.getLong(2)); });
        Map<String, SegmentTokens.Stored> stored = progress.stored();
        Map<String, ProjectionCompleteness.Completeness> complete = completeness.measure(stored);
        Map<String, SegmentTokens.Stored> current = progress.advanced(stored);
        Instant now = Instant.now();
        return progress.processors().entrySet().stream().map(e -> {
            SegmentTokens.Stored segments = current.get(e.getKey());
            OptionalLong position = ProcessingProgress.position(segments);
            ProjectionCompleteness.Completeness c = complete.get(e.getKey());
            return new ProjectionStatus(e.getKey(), state(e.getKey(), e.getValue(), segments, now),
                    position.isPresent() ? position.getAsLong() : null, head,
                    position.isPresent() ? head - position.getAsLong() : null, deadLetters.getOrDefault(e.getKey(), 0L),
                    c == null ? null : c.handled(), c == null ? null : c.expected(), c == null ? null : c.missing(),
                    c == null ? null : c.complete(), segments == null ? List.of() : segments.segments().stream()
                            .map(s -> new ProjectionSegment(s.segment(), s.held(now, claimTimeout) ? s.owner() : null,
                                    s.position().isPresent() ? s.position().getAsLong() : null, s.replaying()))
                            .toList());
        }).toList();
    }

    /** How many positions the projection's slowest segment is behind the head; NaN before each holds a token. */
    public double lag(String name) {
        OptionalLong position = ProcessingProgress.position(progress.current().get(name));
        return position.isPresent() ? progress.head() - position.getAsLong() : Double.NaN;
    }

    /**
     * FAILED when this node's processor is in error; REBUILDING while a rebuild of it, on any node, has
     * not caught up; LIVE when a live node holds every segment; STOPPED otherwise.
     */
    private ProjectionState state(String name, StreamingEventProcessor processor, SegmentTokens.Stored stored, Instant now) {
        if (processor.isError()) {
            return ProjectionState.FAILED;
        }
        if (rebuilds.inProgress(name, stored)) {
            return ProjectionState.REBUILDING;
        }
        boolean held = stored != null && stored.segments().stream().allMatch(s -> s.held(now, claimTimeout));
        return held ? ProjectionState.LIVE : ProjectionState.STOPPED;
    }
}
