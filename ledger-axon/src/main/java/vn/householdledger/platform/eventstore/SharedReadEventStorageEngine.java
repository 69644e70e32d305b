package vn.householdledger.platform.eventstore;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * Axon's JDBC engine whose processors share what they read through {@link SharedBatches}: when every
 * projection is rebuilt, the store is read and its events deserialized about once, not once per
 * projection. Aggregates load their own events as before.
 */
public class SharedReadEventStorageEngine extends JdbcEventStorageEngine {

    private final SharedBatches batches;

    SharedReadEventStorageEngine(Builder builder, SharedBatches batches) {
        super(builder);
        this.batches = batches;
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return readEventData(trackingToken, mayBlock).flatMap(event -> batches.messages(event, this::convert).stream());
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        return batches.fetch(lastToken, batchSize, () -> super.fetchTrackedEvents(lastToken, batchSize));
    }

    /** As Axon converts a tracked event (upcast, then deserialized when first asked), one event at a time. */
    private List<TrackedEventMessage<?>> convert(TrackedEventData<?> event) {
        return EventUtils.upcastAndDeserializeTrackedEvents(Stream.of(event), getEventSerializer(), upcasterChain)
                .collect(Collectors.toList());
    }
}
