package vn.householdledger.bench.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import vn.householdledger.api.time.BusinessCalendar;

/**
 * Records the events of one stream as the service would: each command at an instant of a working day
 * (Vietnam's office hours on its business date), with the metadata every command stamps on its events
 * ({@code recordedBy}, {@code clientAddress}, {@code requestId}), the stream's next sequence numbers, and
 * instants that never go back within the stream.
 */
final class Recorder {

    private static final AtomicLong ORDER = new AtomicLong();

    private final String aggregateId;
    private final String aggregateType;
    private final SplittableRandom random;
    private long sequence;
    private Instant last = Instant.EPOCH;

    Recorder(String aggregateId, String aggregateType, SplittableRandom random) {
        this.aggregateId = aggregateId;
        this.aggregateType = aggregateType;
        this.random = random;
    }

    /** One command's events, recorded during the working day of {@code on} by {@code account}. */
    void record(List<EventRow> out, LocalDate on, String account, String clientAddress, Object... events) {
        Instant at = on.atTime(LocalTime.of(7, 30).plusSeconds(random.nextInt(9 * 3600)))
                .atZone(BusinessCalendar.VIETNAM).toInstant().plusMillis(random.nextInt(1000));
        if (!at.isAfter(last)) {
            at = last.plusMillis(1);
        }
        Map<String, Object> metaData = new LinkedHashMap<>();
        metaData.put("recordedBy", account);
        metaData.put("clientAddress", clientAddress);
        metaData.put("requestId", uuid(random).toString());
        for (Object event : events) {
            out.add(new EventRow(uuid(random).toString(), aggregateId, sequence++, aggregateType, at,
                    ORDER.getAndIncrement(), event, metaData));
        }
        last = at;
    }

    /** How many events the stream holds so far. */
    long recorded() {
        return sequence;
    }

    /** A random (version 4) UUID drawn from the generator's own random source, so runs repeat. */
    static UUID uuid(SplittableRandom random) {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }
}
