package vn.householdledger.platform.eventstore;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;

/**
 * The batches of the event store that processors replaying it together share. A batch is kept only
 * when it is whole: it follows a token without gaps and holds every position after it up to its size,
 * so its content can no longer change. Its events are converted to messages once, so each event is
 * also deserialized once, whichever processors handle it.
 *
 * <p>A reader replaying (its last batch was whole) that runs more than {@code lead} batches ahead of
 * the slowest other replaying reader waits for it, up to {@code maxWait} per batch: the fast
 * projections of a rebuild then find their batches kept instead of reading the store again. A reader
 * that has not asked for a batch for {@code staleAfter} no longer holds the others back; the slowest
 * never waits; a reader at the head (its batches not whole) neither waits nor is waited for. When no
 * reader replays any more, the kept batches are let go.
 */
final class SharedBatches {

    private final int kept;
    private final int lead;
    private final long maxWaitNanos;
    private final long staleAfterNanos;
    private final Map<Long, CompletableFuture<Batch>> batches = new LinkedHashMap<>();
    private final Map<TrackedEventData<?>, Batch> owners = new ConcurrentHashMap<>();
    private final Map<Thread, Reader> readers = new HashMap<>();
    private final Counter shared;
    private final Counter read;
    private final Timer waited;

    SharedBatches(int kept, int lead, Duration maxWait, Duration staleAfter, MeterRegistry meters) {
        if (lead >= kept) {
            throw new IllegalArgumentException("a reader may not lead by more batches than are kept");
        }
        this.kept = kept;
        this.lead = lead;
        this.maxWaitNanos = maxWait.toNanos();
        this.staleAfterNanos = staleAfter.toNanos();
        this.shared = batches("shared", meters);
        this.read = batches("read", meters);
        this.waited = Timer.builder("ledger.event.store.batches.waited")
                .description("How long replaying processors waited for the slowest to share its batches").register(meters);
    }

    /** One description for both sources: Prometheus keeps one per name. */
    private static Counter batches(String source, MeterRegistry meters) {
        return Counter.builder("ledger.event.store.batches").tag("source", source)
                .description("Batches of events a processor read from the event store (read) or, replaying, took from"
                        + " another's read (shared)")
                .register(meters);
    }

    /** The batch after {@code last}: a kept one, or what {@code fetch} reads (kept if whole). */
    List<? extends TrackedEventData<?>> fetch(TrackingToken last, int batchSize,
                                              Supplier<List<? extends TrackedEventData<?>>> fetch) {
        Long after = gapless(last);
        if (after == null) {
            return fetch.get();
        }
        awaitSlowest(after, batchSize);
        CompletableFuture<Batch> reading;
        boolean mine = false;
        synchronized (this) {
            reading = batches.get(after);
            if (reading == null) {
                reading = new CompletableFuture<>();
                batches.put(after, reading);
                mine = true;
            }
        }
        if (mine) {
            return readInto(reading, after, batchSize, fetch);
        }
        Batch batch = reading.exceptionally(failed -> null).join();
        if (batch == null) {
            List<? extends TrackedEventData<?>> events = fetch.get();
            read.increment();
            reached(after, false);
            return events;
        }
        shared.increment();
        reached(after, true);
        return batch.events;
    }

    /** Reads the batch for the others asking for it too; kept if whole, else given up for them to read their own. */
    private List<? extends TrackedEventData<?>> readInto(CompletableFuture<Batch> reading, long after, int batchSize,
                                                         Supplier<List<? extends TrackedEventData<?>>> fetch) {
        List<? extends TrackedEventData<?>> events;
        try {
            events = fetch.get();
        } catch (RuntimeException e) {
            forget(after, reading);
            reading.completeExceptionally(e);
            throw e;
        }
        read.increment();
        boolean whole = events.size() == batchSize && Long.valueOf(after + batchSize).equals(gapless(last(events)));
        if (whole) {
            Batch batch = new Batch(events);
            events.forEach(e -> owners.put(e, batch));
            reading.complete(batch);
            evictOldest();
        } else {
            forget(after, reading);
            reading.complete(null);
        }
        reached(after, whole);
        return events;
    }

    /** The messages of an event read by {@link #fetch}: converted once while its batch is kept. */
    List<TrackedEventMessage<?>> messages(TrackedEventData<?> event,
                                          Function<TrackedEventData<?>, List<TrackedEventMessage<?>>> convert) {
        Batch batch = owners.get(event);
        return batch == null ? convert.apply(event) : batch.messages.computeIfAbsent(event, convert);
    }

    private synchronized void forget(long after, CompletableFuture<Batch> reading) {
        batches.remove(after, reading);
    }

    private synchronized void evictOldest() {
        Iterator<CompletableFuture<Batch>> oldest = batches.values().iterator();
        while (batches.size() > kept && oldest.hasNext()) {
            if (letGo(oldest.next())) {
                oldest.remove();
            }
        }
    }

    /**
     * Unlinks a kept batch's events from it, ready to be removed; false for one still being read (a
     * batch read but not whole, or failed, is removed before it completes).
     */
    private boolean letGo(CompletableFuture<Batch> batch) {
        Batch kept = batch.getNow(null);
        if (kept != null) {
            kept.events.forEach(owners::remove);
        }
        return kept != null;
    }

    private synchronized void reached(long after, boolean replaying) {
        readers.put(Thread.currentThread(), new Reader(after, replaying, System.nanoTime()));
        if (!replaying && readers.values().stream().noneMatch(Reader::replaying)) {
            // The replay is over: its batches would otherwise stay in memory until the next one.
            batches.values().removeIf(this::letGo);
        }
        notifyAll();
    }

    private synchronized void awaitSlowest(long after, int batchSize) {
        Reader me = readers.get(Thread.currentThread());
        if (me == null || !me.replaying) {
            return;
        }
        long started = System.nanoTime();
        long ahead = (long) lead * batchSize;
        if (after - slowestOther(started) <= ahead) {
            return;
        }
        long remaining = maxWaitNanos;
        do {
            try {
                // Woken when a reader moves on, and at least once a stale period, to drop one that stopped.
                wait(Math.max(1, Math.min(remaining, staleAfterNanos) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            remaining = maxWaitNanos - (System.nanoTime() - started);
        } while (remaining > 0 && after - slowestOther(System.nanoTime()) > ahead);
        waited.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }

    /** The position of the slowest other reader still replaying; {@code Long.MAX_VALUE} if there is none. */
    private long slowestOther(long now) {
        long slowest = Long.MAX_VALUE;
        List<Thread> gone = new ArrayList<>();
        for (Map.Entry<Thread, Reader> entry : readers.entrySet()) {
            Reader reader = entry.getValue();
            if (now - reader.seen > staleAfterNanos || !entry.getKey().isAlive()) {
                gone.add(entry.getKey());
            } else if (entry.getKey() != Thread.currentThread() && reader.replaying) {
                slowest = Math.min(slowest, reader.after);
            }
        }
        gone.forEach(readers::remove);
        return slowest;
    }

    /** The index of a token without gaps (-1 for none: the start), else null. */
    private static Long gapless(TrackingToken token) {
        if (token == null) {
            return -1L;
        }
        return token instanceof GapAwareTrackingToken gapAware && gapAware.getGaps().isEmpty() ? gapAware.getIndex() : null;
    }

    private static TrackingToken last(List<? extends TrackedEventData<?>> events) {
        return events.isEmpty() ? null : events.get(events.size() - 1).trackingToken();
    }

    private record Batch(List<? extends TrackedEventData<?>> events,
                         Map<TrackedEventData<?>, List<TrackedEventMessage<?>>> messages) {
        Batch(List<? extends TrackedEventData<?>> events) {
            this(events, new ConcurrentHashMap<>());
        }
    }

    private record Reader(long after, boolean replaying, long seen) {
    }
}
