package vn.householdledger.query.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.householdledger.platform.eventstore.EventStoreSchemaConfiguration;

/**
 * How far the projections have come, measured against the event store's own positions. Progress is
 * read from the token store, every segment of every projection whichever node processes it, so that
 * every node gives the same answer.
 */
@Component
public class ProcessingProgress {

    private final EventProcessingConfiguration processing;
    private final SegmentTokens tokens;
    private final JdbcTemplate jdbc;
    private final ReplayFolds folds;
    private final PassedOver passedOver;

    public ProcessingProgress(EventProcessingConfiguration processing, SegmentTokens tokens, JdbcTemplate jdbc,
                              ReplayFolds folds, PassedOver passedOver) {
        this.processing = processing;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.folds = folds;
        this.passedOver = passedOver;
    }

    /** The newest position in the event store: every event committed so far lies at or below it. */
    public long head() {
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM " + EventStoreSchemaConfiguration.EVENT_TABLE, Long.class);
        return head == null ? 0 : head;
    }

    /** The projections, by name: every node runs all of them, each processing the segments it claims. */
    public Map<String, StreamingEventProcessor> processors() {
        return processing.eventProcessors().entrySet().stream()
                .filter(e -> e.getValue() instanceof StreamingEventProcessor)
                .collect(Collectors.toMap(Map.Entry::getKey,
                        e -> (StreamingEventProcessor) e.getValue(), (a, b) -> a, TreeMap::new));
    }

    /** Every projection's segments and count as the token store has them, by name, read in one statement (so they agree). */
    public Map<String, SegmentTokens.Stored> stored() {
        return tokens.all();
    }

    /**
     * {@code stored} with each segment this node processes taken as far as its processor has come. The
     * token store learns of the events a segment passes over (of a type or a household it does not
     * handle) only with its next batch or the renewal of its claim, seconds later; what it has handled
     * it stores with each batch, so counts are to be measured against {@link #stored()} alone.
     */
    public Map<String, SegmentTokens.Stored> advanced(Map<String, SegmentTokens.Stored> stored) {
        Map<String, SegmentTokens.Stored> advanced = new HashMap<>(stored);
        processors().forEach((name, processor) -> advanced.computeIfPresent(name,
                (same, projection) -> projection.advancedBy(processor.processingStatus())));
        return advanced;
    }

    /** {@link #advanced} of what the token store holds now. */
    public Map<String, SegmentTokens.Stored> current() {
        return advanced(stored());
    }

    /** Whether every segment of every projection has handled every committed event at or below {@code position}. */
    public boolean reached(long position) {
        return reached(processors().keySet(), position);
    }

    /** Whether every segment of the projection {@code name} has handled every committed event at or below {@code position}. */
    public boolean reached(String name, long position) {
        return reached(Set.of(name), position);
    }

    /**
     * A projection whose rebuild still holds rows folded in memory on this node has not reached anything
     * yet. A segment whose token stands below the position has reached it if every event it has yet to
     * pass up to there is one it passes over ({@link PassedOver}).
     */
    private boolean reached(Set<String> names, long position) {
        if (position <= 0) {
            return true;
        }
        Map<String, SegmentTokens.Stored> stored = current();
        Set<Long> gaps = new HashSet<>();
        List<PassedOver.Behind> behind = new ArrayList<>();
        for (String name : names) {
            SegmentTokens.Stored projection = stored.get(name);
            if (folds.folding(name) || projection == null || !reached(name, projection.segments(), position, gaps, behind)) {
                return false;
            }
        }
        // A gap is an event not committed when the token passed it, or a rolled-back one: only an
        // event that has committed since then and still waits makes the read stale.
        return (gaps.isEmpty() || !committed(List.copyOf(gaps))) && (behind.isEmpty() || passedOver.only(behind, position));
    }

    private static boolean reached(String name, List<StoredSegment> segments, long position, Set<Long> gaps,
                                   List<PassedOver.Behind> behind) {
        int[] ids = segments.stream().mapToInt(StoredSegment::segment).toArray();
        for (StoredSegment segment : segments) {
            if (segment.replaying() || !(segment.current() instanceof GapAwareTrackingToken token)) {
                return false;
            }
            if (token.getIndex() < position) {
                behind.add(new PassedOver.Behind(name, segment.segment(), ids, token.getIndex()));
            }
            gaps.addAll(token.getGaps().headSet(position + 1));
        }
        return true;
    }

    /** The lowest position the projection's segments have reached, if each has one. */
    public static OptionalLong position(SegmentTokens.Stored projection) {
        if (projection == null || projection.segments().stream().anyMatch(s -> s.position().isEmpty())) {
            return OptionalLong.empty();
        }
        return projection.segments().stream().mapToLong(s -> s.position().getAsLong()).min();
    }

    private boolean committed(List<Long> positions) {
        Integer found = jdbc.queryForObject("SELECT count(*) FROM " + EventStoreSchemaConfiguration.EVENT_TABLE
                + " WHERE global_index = ANY (?)", Integer.class, (Object) positions.toArray(Long[]::new));
        return found != null && found > 0;
    }
}
