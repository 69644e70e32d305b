package vn.householdledger.query.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every projection's segments as the token store holds them, with each projection's count of handled
 * events, in one statement: what every node has recorded, not what this node's processors hold, so
 * that any node answers for the projections as a whole.
 */
@Component
public class SegmentTokens {

    /** A projection's segments (by segment id) and the events it has handled since its last reset. */
    public record Stored(List<StoredSegment> segments, long handled) {

        /** The furthest any segment has come (a replay's, where it will stop replaying); null if none has a token. */
        public TrackingToken reached() {
            return segments.stream().map(segment -> WrappedToken.unwrapUpperBound(segment.token())).filter(Objects::nonNull)
                    .reduce(TrackingToken::upperBound).orElse(null);
        }

        /** With the segments a processor of this node holds at the token it has reached in memory. */
        public Stored advancedBy(Map<Integer, EventTrackerStatus> local) {
            if (local.isEmpty()) {
                return this;
            }
            return new Stored(segments.stream().map(segment -> {
                EventTrackerStatus status = local.get(segment.segment());
                return status == null || status.getTrackingToken() == null ? segment
                        : new StoredSegment(segment.segment(), status.getTrackingToken(), segment.owner(), segment.claimed());
            }).toList(), handled);
        }
    }

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final TokenSchema tokens;

    public SegmentTokens(JdbcTemplate jdbc, Serializer serializer, TokenSchema tokens) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.tokens = tokens;
    }

    /** By projection name; a projection that has stored no token yet is absent. */
    public Map<String, Stored> all() {
        Map<String, List<StoredSegment>> segments = new HashMap<>();
        Map<String, Long> handled = new HashMap<>();
        jdbc.query("SELECT t." + tokens.processorNameColumn() + ", t." + tokens.segmentColumn() + ", t." + tokens.tokenColumn()
                + ", t." + tokens.tokenTypeColumn() + ", t." + tokens.ownerColumn() + ", t." + tokens.timestampColumn()
                + ", coalesce(c.handled, 0) FROM " + tokens.tokenTable() + " t LEFT JOIN " + HandledEvents.TABLE
                + " c ON c.processor = t." + tokens.processorNameColumn() + " ORDER BY 1, 2", rs -> {
            byte[] token = rs.getBytes(3);
            String claimed = rs.getString(6);
            segments.computeIfAbsent(rs.getString(1), name -> new ArrayList<>()).add(new StoredSegment(rs.getInt(2),
                    token == null ? null : serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, rs.getString(4), null)),
                    rs.getString(5), claimed == null ? null : DateTimeUtils.parseInstant(claimed)));
            handled.put(rs.getString(1), rs.getLong(7));
        });
        Map<String, Stored> stored = new HashMap<>();
        segments.forEach((name, list) -> stored.put(name, new Stored(List.copyOf(list), handled.get(name))));
        return stored;
    }
}
