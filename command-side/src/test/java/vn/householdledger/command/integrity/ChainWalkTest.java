package vn.householdledger.command.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.admin.BrokenEvent;
import vn.householdledger.api.admin.ChainProblem;
import vn.householdledger.platform.chain.EventChain;
import vn.householdledger.platform.chain.StoredEvent;

/**
 * A household's events stored before the chain (no hash in their metadata): the first verification
 * records what it computes for them, and every later one checks them against it, as it checks the
 * hashes new events carry.
 */
class ChainWalkTest {

    private static final String HOUSEHOLD = "5b0c5d1e-8c1f-4c55-9d5e-1b1f2a3c4d5e";

    @Test
    void theFirstRunAnchorsTheEventsStoredWithoutAHashAndALaterRunFindsOneAltered() {
        List<StoredEvent> old = List.of(event(0, "registered"), event(1, "joined"), event(2, "left"));
        ChainWalk first = new ChainWalk(HOUSEHOLD, "HA_LAN", null, null);
        old.forEach(e -> first.next(e, null, false));
        assertThat(first.end()).isEmpty();
        List<ChainWalk.Unchained> anchored = first.unchained();
        assertThat(anchored).extracting(ChainWalk.Unchained::sequence).containsExactly(0L, 1L, 2L);

        assertThat(walk(old, anchored)).isEmpty();
        List<StoredEvent> altered = List.of(old.get(0), event(1, "joined twice"), old.get(2));
        assertThat(walk(altered, anchored)).containsExactly(new BrokenEvent(HOUSEHOLD, 1, ChainProblem.ALTERED));
    }

    @Test
    void afterTheFirstRunAnEventWithoutAHashItDidNotSeeIsAltered() {
        ChainWalk walk = new ChainWalk(HOUSEHOLD, "HA_LAN", null, null);
        walk.next(event(0, "slipped in"), null, true);
        assertThat(walk.end()).containsExactly(new BrokenEvent(HOUSEHOLD, 0, ChainProblem.ALTERED));
    }

    @Test
    void theNewEventsChainOnTheOldOnesAndTheChainEndsWhereItsAnchorSays() {
        StoredEvent old = event(0, "registered");
        String oldHash = EventChain.hash(old, null);
        StoredEvent next = event(1, "joined");
        String nextHash = EventChain.hash(next, oldHash);
        StoredEvent chained = new StoredEvent(2, next.eventIdentifier(), HOUSEHOLD, 1, "Household", next.timestamp(),
                next.payloadType(), null, next.payload(), ("{\"hash\":\"" + nextHash + "\",\"recordedBy\":\"worker\"}").getBytes(StandardCharsets.UTF_8));
        ChainWalk walk = new ChainWalk(HOUSEHOLD, "HA_LAN", 2L, "f".repeat(64));
        walk.next(old, oldHash, true);
        walk.next(chained, null, true);
        assertThat(walk.end()).as("the anchored third event is gone")
                .containsExactly(new BrokenEvent(HOUSEHOLD, 2, ChainProblem.MISSING));
        assertThat(walk.head()).isEqualTo(nextHash);
    }

    private static List<BrokenEvent> walk(List<StoredEvent> events, List<ChainWalk.Unchained> anchored) {
        ChainWalk walk = new ChainWalk(HOUSEHOLD, "HA_LAN", null, null);
        events.forEach(e -> walk.next(e, anchored.get((int) e.sequenceNumber()).hash(), true));
        return walk.end();
    }

    private static StoredEvent event(long sequence, String payload) {
        return new StoredEvent(sequence + 1, "event-" + sequence, HOUSEHOLD, sequence, "Household", "2018-03-01T00:00:0" + sequence + "Z",
                "vn.householdledger.events.household.Example", null, ("{\"what\":\"" + payload + "\"}").getBytes(StandardCharsets.UTF_8),
                "{\"recordedBy\":\"worker\"}".getBytes(StandardCharsets.UTF_8));
    }
}
