package vn.householdledger.query.projection;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SortedSet;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.householdledger.platform.eventstore.EventStoreSchemaConfiguration;

/** How far the projections have come, measured against the event store's own positions. */
@Component
public class ProcessingProgress {

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final ReplayFolds folds;

    public ProcessingProgress(EventProcessingConfiguration processing, JdbcTemplate jdbc, ReplayFolds folds) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.folds = folds;
    }

    /** The newest position in the event store: every event committed so far lies at or below it. */
    public long head() {
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM " + EventStoreSchemaConfiguration.EVENT_TABLE, Long.class);
        return head == null ? 0 : head;
    }

    public Map<String, StreamingEventProcessor> processors() {
        return processing.eventProcessors().entrySet().stream()
                .filter(e -> e.getValue() instanceof StreamingEventProcessor)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        e -> (StreamingEventProcessor) e.getValue(), (a, b) -> a, java.util.TreeMap::new));
    }

    /** Whether every projection has handled every committed event at or below {@code position}. */
    public boolean reached(long position) {
        if (position <= 0) {
            return true;
        }
        for (Map.Entry<String, StreamingEventProcessor> processor : processors().entrySet()) {
            if (folds.folding(processor.getKey()) || !reached(processor.getValue(), position)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the projection {@code name} has handled every committed event at or below {@code position}. */
    public boolean reached(String name, long position) {
        StreamingEventProcessor processor = processors().get(name);
        return position <= 0 || processor != null && reached(processor, position);
    }

    private boolean reached(StreamingEventProcessor processor, long position) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        if (!processor.isRunning() || status.isEmpty()) {
            return false;
        }
        for (EventTrackerStatus segment : status.values()) {
            TrackingToken token = segment.getTrackingToken();
            if (token instanceof ReplayToken replay) {
                return false;
            }
            if (!(token instanceof GapAwareTrackingToken gapAware) || gapAware.getIndex() < position) {
                return false;
            }
            // A gap is an event not committed when the token passed it, or a rolled-back one: only
            // an event that has committed since then and still waits makes the read stale.
            SortedSet<Long> gaps = gapAware.getGaps().headSet(position + 1);
            if (!gaps.isEmpty() && committed(List.copyOf(gaps))) {
                return false;
            }
        }
        return true;
    }

    /** The position a processor has reached, if it has one. */
    public static OptionalLong position(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong)
                .min();
    }

    private boolean committed(List<Long> positions) {
        Integer found = jdbc.queryForObject("SELECT count(*) FROM " + EventStoreSchemaConfiguration.EVENT_TABLE
                + " WHERE global_index = ANY (?)", Integer.class, (Object) positions.toArray(Long[]::new));
        return found != null && found > 0;
    }
}
