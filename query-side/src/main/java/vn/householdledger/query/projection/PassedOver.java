package vn.householdledger.query.projection;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.Segment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.householdledger.platform.eventstore.EventStoreSchemaConfiguration;

/**
 * Whether segments whose tokens stand below a position are behind only on events they pass over: of a
 * type their projection does not handle, or of an aggregate (a household, a commune) another segment
 * takes. Axon stores such a segment's token only with its next batch or when it renews its claim,
 * seconds later; a read that waits on a segment another node holds asks here instead of waiting for that.
 * It looks at {@value #MAX_EVENTS} events at most: a segment further behind is taken as behind.
 */
@Component
public class PassedOver {

    static final long MAX_EVENTS = 1_000;

    /** A segment of {@code projection} (one of {@code segmentIds}) whose token stands at {@code index}. */
    public record Behind(String projection, int segment, int[] segmentIds, long index) {
    }

    private record Stored(long index, String aggregate, String payloadType) {
    }

    private final JdbcTemplate jdbc;
    private final HandledTypes types;

    public PassedOver(JdbcTemplate jdbc, HandledTypes types) {
        this.jdbc = jdbc;
        this.types = types;
    }

    /**
     * Whether the event at {@code position} has committed and no committed event above each segment's
     * index and up to there is one the segment handles. (A position beyond every committed event is one
     * no segment has reached, whatever it handles.)
     */
    public boolean only(List<Behind> behind, long position) {
        long from = behind.stream().mapToLong(Behind::index).min().orElse(position);
        if (position - from > MAX_EVENTS) {
            return false;
        }
        List<Stored> events = new ArrayList<>();
        jdbc.query("SELECT global_index, aggregate_identifier, payload_type FROM " + EventStoreSchemaConfiguration.EVENT_TABLE
                + " WHERE global_index > ? AND global_index <= ?", rs -> {
            events.add(new Stored(rs.getLong(1), rs.getString(2), rs.getString(3)));
        }, from, position);
        if (events.stream().noneMatch(event -> event.index() == position)) {
            return false;
        }
        for (Behind segment : behind) {
            // Axon's default sequencing: a domain event's sequence is its aggregate's identifier.
            Segment covering = Segment.computeSegment(segment.segment(), segment.segmentIds());
            for (Stored event : events) {
                if (event.index() > segment.index() && covering.matches(event.aggregate())
                        && (types.handles(segment.projection(), event.payloadType()) || !types.known(event.payloadType()))) {
                    return false;
                }
            }
        }
        return true;
    }
}
