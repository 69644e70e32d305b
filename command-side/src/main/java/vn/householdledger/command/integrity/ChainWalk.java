package vn.householdledger.command.integrity;

import java.util.ArrayList;
import java.util.List;
import vn.householdledger.api.admin.BrokenEvent;
import vn.householdledger.api.admin.ChainProblem;
import vn.householdledger.platform.chain.EventChain;
import vn.householdledger.platform.chain.StoredEvent;

/**
 * One household's chain, walked in sequence order. Each event is checked against the link before it
 * as stored, so one altered event is named alone, not with every event after it. After a missing
 * event the next one cannot be checked (its previous hash is gone) and is taken as it is.
 */
final class ChainWalk {

    final String household;
    final String commune;
    private final Long anchoredSequence;
    private final String anchoredHash;
    private final List<BrokenEvent> broken = new ArrayList<>();
    private final List<Unchained> unchained = new ArrayList<>();
    private long expected;
    private long lastGlobalIndex = -1;
    private String link;
    private boolean linkKnown = true;
    private long events;

    ChainWalk(String household, String commune, Long anchoredSequence, String anchoredHash) {
        this.household = household;
        this.commune = commune;
        this.anchoredSequence = anchoredSequence;
        this.anchoredHash = anchoredHash;
    }

    /**
     * The next event; {@code unchainedHash} is what the first verification recorded for an event stored
     * without a hash, and {@code started} whether it has run (else this run records it).
     */
    void next(StoredEvent event, String unchainedHash, boolean started) {
        events++;
        if (event.sequenceNumber() > expected) {
            report(expected, ChainProblem.MISSING);
            linkKnown = false;
        }
        boolean reordered = event.globalIndex() < lastGlobalIndex;
        if (reordered) {
            report(event.sequenceNumber(), ChainProblem.REORDERED);
        }
        String computed = EventChain.hash(event, link);
        String stored = event.storedHash();
        boolean checked = linkKnown && !reordered;
        if (stored == null && unchainedHash == null) {
            if (started) {
                // Without a hash, and not there when the first verification anchored the old events.
                report(event.sequenceNumber(), ChainProblem.ALTERED);
                checked = false;
            } else {
                unchained.add(new Unchained(household, event.sequenceNumber(), computed));
            }
            stored = computed;
        } else if (stored == null) {
            stored = unchainedHash;
        }
        if (checked && !computed.equals(stored)) {
            report(event.sequenceNumber(), ChainProblem.ALTERED);
        }
        link = stored;
        if (anchoredSequence != null && anchoredSequence == event.sequenceNumber() && !anchoredHash.equals(link)
                && broken.stream().noneMatch(b -> b.sequence() == event.sequenceNumber())) {
            report(event.sequenceNumber(), ChainProblem.ALTERED);
        }
        linkKnown = true;
        expected = event.sequenceNumber() + 1;
        lastGlobalIndex = event.globalIndex();
    }

    /** The chain's end: an anchored event beyond it was removed. */
    List<BrokenEvent> end() {
        if (anchoredSequence != null && anchoredSequence >= expected) {
            report(expected, ChainProblem.MISSING);
        }
        return broken;
    }

    long events() {
        return events;
    }

    /** The last event's sequence and link: the head an anchor records. */
    long headSequence() {
        return expected - 1;
    }

    String head() {
        return link;
    }

    List<Unchained> unchained() {
        return unchained;
    }

    private void report(long sequence, ChainProblem problem) {
        broken.add(new BrokenEvent(household, sequence, problem));
    }

    /** An event stored before the chain and its hash, for the first verification to record. */
    record Unchained(String household, long sequence, String hash) {
    }
}
