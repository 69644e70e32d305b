package vn.householdledger.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

/** Which batches replaying readers share, and when a reader ahead waits for the slowest. */
class SharedBatchesTest {

    private static final int SIZE = 3;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AtomicInteger reads = new AtomicInteger();

    private SharedBatches batches(Duration maxWait, Duration staleAfter) {
        return new SharedBatches(4, 1, maxWait, staleAfter, meters);
    }

    /** The store as a reader sees it: every position from 0 to {@code head}, none missing. */
    private Supplier<List<? extends TrackedEventData<?>>> store(TrackingToken after, long head) {
        return () -> {
            reads.incrementAndGet();
            long from = after == null ? 0 : ((GapAwareTrackingToken) after).getIndex() + 1;
            return LongStream.range(from, Math.min(from + SIZE, head + 1)).mapToObj(SharedBatchesTest::event).toList();
        };
    }

    private static TrackedEventData<?> event(long index) {
        return new TrackedDomainEventData<>(GapAwareTrackingToken.newInstance(index, List.of()), null);
    }

    private static TrackingToken at(long index) {
        return GapAwareTrackingToken.newInstance(index, List.of());
    }

    private List<? extends TrackedEventData<?>> fetch(SharedBatches batches, TrackingToken after, long head) {
        return batches.fetch(after, SIZE, store(after, head));
    }

    private double counted(String source) {
        return meters.get("ledger.event.store.batches").tag("source", source).counter().count();
    }

    @Test
    void aWholeBatchIsReadOnceAndTheNextReaderTakesIt() throws Exception {
        SharedBatches batches = batches(Duration.ofSeconds(1), Duration.ofSeconds(5));

        List<? extends TrackedEventData<?>> first = fetch(batches, null, 100);
        List<? extends TrackedEventData<?>> second = CompletableFuture.supplyAsync(() -> fetch(batches, null, 100)).get();

        assertThat(second).isSameAs(first).hasSize(SIZE);
        assertThat(reads).hasValue(1);
        assertThat(counted("read")).isEqualTo(1);
        assertThat(counted("shared")).isEqualTo(1);
    }

    @Test
    void theBatchesOfAReplayAreDroppedOnceNoReaderReplaysAnyMore() {
        SharedBatches batches = batches(Duration.ofSeconds(1), Duration.ofSeconds(5));
        fetch(batches, null, 100);

        fetch(batches, at(98), 100);
        fetch(batches, null, 100);

        assertThat(reads).as("the replay's batch, read again after the reader reached the head").hasValue(3);
    }

    @Test
    void aBatchShortOfItsSizeOrAfterAGapIsReadByEachReader() {
        SharedBatches batches = batches(Duration.ofSeconds(1), Duration.ofSeconds(5));
        TrackingToken withGap = GapAwareTrackingToken.newInstance(10, List.of(7L));

        fetch(batches, at(98), 100);
        fetch(batches, at(98), 100);
        batches.fetch(withGap, SIZE, store(at(10), 100));
        batches.fetch(withGap, SIZE, store(at(10), 100));

        assertThat(reads).hasValue(4);
        assertThat(counted("shared")).isZero();
    }

    @Test
    void theEventsOfAKeptBatchAreConvertedOnce() throws Exception {
        SharedBatches batches = batches(Duration.ofSeconds(1), Duration.ofSeconds(5));
        TrackedEventData<?> kept = fetch(batches, null, 100).get(0);
        TrackedEventData<?> notKept = CompletableFuture.supplyAsync(() -> fetch(batches, at(98), 100).get(0))
                .get();
        AtomicInteger conversions = new AtomicInteger();

        for (int i = 0; i < 3; i++) {
            batches.messages(kept, e -> converted(conversions));
            batches.messages(notKept, e -> converted(conversions));
        }

        assertThat(conversions).hasValue(1 + 3);
    }

    private static List<TrackedEventMessage<?>> converted(AtomicInteger conversions) {
        conversions.incrementAndGet();
        return List.of();
    }

    @Test
    void aReplayingReaderAheadOfTheSlowestWaitsUntilItComesNearer() throws Exception {
        SharedBatches batches = batches(Duration.ofSeconds(30), Duration.ofSeconds(30));
        fetch(batches, null, 100);
        CompletableFuture<Void> fast = CompletableFuture.runAsync(() -> {
            for (long after = -1; after < 3 * SIZE; after += SIZE) {
                fetch(batches, after < 0 ? null : at(after), 100);
            }
        });

        Thread.sleep(300);
        assertThat(fast).as("a reader more than one batch ahead of the slowest").isNotDone();
        fetch(batches, at(2), 100);
        fetch(batches, at(5), 100);
        fast.get();
        assertThat(counted("shared")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aReaderThatStopsAskingNoLongerHoldsTheOthersBack() throws Exception {
        SharedBatches batches = batches(Duration.ofSeconds(30), Duration.ofMillis(200));
        fetch(batches, null, 100);

        CompletableFuture.runAsync(() -> {
            for (long after = -1; after < 5 * SIZE; after += SIZE) {
                fetch(batches, after < 0 ? null : at(after), 100);
            }
        }).get();
    }
}
