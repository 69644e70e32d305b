package vn.householdledger.query.projection;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

/**
 * One segment of a projection as the token store holds it, whichever node processes it: its token,
 * the node that claims it and when that node last said so (null when released).
 */
public record StoredSegment(int segment, TrackingToken token, String owner, Instant claimed) {

    /** The position it has reached, if any. */
    public OptionalLong position() {
        return token == null ? OptionalLong.empty() : token.position();
    }

    /** The token it has reached, unwrapped from a replay's. */
    public TrackingToken current() {
        return WrappedToken.unwrapLowerBound(token);
    }

    /**
     * Whether it still replays events from before its reset. Axon keeps the token a replay token until
     * the first event after the reset arrives; a replay that has reached the position of the reset has
     * rebuilt everything there was.
     */
    public boolean replaying() {
        if (!(token instanceof ReplayToken replay)) {
            return false;
        }
        OptionalLong current = replay.position();
        OptionalLong reset = replay.getTokenAtReset() == null ? OptionalLong.empty() : replay.getTokenAtReset().position();
        return !(current.isPresent() && reset.isPresent() && current.getAsLong() >= reset.getAsLong());
    }

    /** Whether a node holds it now: claimed, and renewed within the token store's claim timeout. */
    public boolean held(Instant now, Duration claimTimeout) {
        return owner != null && claimed != null && !claimed.plus(claimTimeout).isBefore(now);
    }
}
