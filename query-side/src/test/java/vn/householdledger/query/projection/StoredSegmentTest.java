package vn.householdledger.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackerStatus;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

/** A stored segment's replay and claim, as every node reads them from the token store. */
class StoredSegmentTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aReplayIsOverWhenItReachesThePositionOfTheReset() {
        assertThat(segment(ReplayToken.createReplayToken(at(9), at(7))).replaying()).isTrue();
        // Axon still calls it a replay until an event after the reset arrives.
        assertThat(segment(ReplayToken.createReplayToken(at(9), at(9)))).satisfies(s -> {
            assertThat(s.token()).isInstanceOf(ReplayToken.class);
            assertThat(s.replaying()).isFalse();
            assertThat(s.current()).isEqualTo(at(9));
        });
        assertThat(segment(ReplayToken.createReplayToken(at(9), null)).replaying()).isTrue();
        assertThat(segment(at(9)).replaying()).isFalse();
    }

    @Test
    void aSegmentThisNodeProcessesIsTakenAtItsProcessorsTokenReplayIncluded() {
        SegmentTokens.Stored stored = new SegmentTokens.Stored(List.of(segment(at(3)), new StoredSegment(1, at(4), "node-b", NOW)), 7);
        TrackingToken replaying = ReplayToken.createReplayToken(at(9), at(5));

        SegmentTokens.Stored advanced = stored.advancedBy(Map.of(0, new TrackerStatus(Segment.computeSegment(0, 0, 1), replaying)));

        assertThat(advanced.segments().get(0).token()).isEqualTo(replaying);
        assertThat(advanced.segments().get(0).replaying()).isTrue();
        assertThat(advanced.segments().get(0).owner()).isEqualTo("node-a");
        assertThat(advanced.segments().get(1)).isEqualTo(stored.segments().get(1));
        assertThat(advanced.handled()).isEqualTo(7);
        assertThat(stored.advancedBy(Map.of())).isSameAs(stored);
    }

    @Test
    void aSegmentIsHeldWhileItsClaimIsRenewedWithinTheTimeout() {
        Duration timeout = Duration.ofSeconds(10);
        assertThat(new StoredSegment(0, at(1), "node-a", NOW.minusSeconds(9)).held(NOW, timeout)).isTrue();
        assertThat(new StoredSegment(0, at(1), "node-a", NOW.minusSeconds(11)).held(NOW, timeout)).isFalse();
        assertThat(new StoredSegment(0, at(1), null, NOW).held(NOW, timeout)).isFalse();
    }

    private static StoredSegment segment(TrackingToken token) {
        return new StoredSegment(0, token, "node-a", NOW);
    }

    private static GapAwareTrackingToken at(long index) {
        return GapAwareTrackingToken.newInstance(index, List.of());
    }
}
