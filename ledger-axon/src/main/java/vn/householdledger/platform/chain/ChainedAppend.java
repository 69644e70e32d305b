package vn.householdledger.platform.chain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Axon's insert of events, with each {@code Household} event's {@link EventChain} hash added to its
 * metadata. The payload is serialized once and those very bytes are both hashed and stored. The
 * previous hash is that of the event before in the same batch, or else read once from the store, in
 * the appending transaction (one indexed row); two commands racing on one household still meet on the
 * store's unique key, and the loser's hash is never stored. The positions the insert returns are kept
 * for the command's answer ({@link AppendedPositions}).
 */
public final class ChainedAppend implements AppendEventsStatementBuilder {

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, Class<?> dataType,
                                   List<? extends EventMessage<?>> events, Serializer serializer,
                                   TimestampWriter timestampWriter) throws SQLException {
        PreparedStatement statement = connection.prepareStatement("INSERT INTO " + schema.domainEventTable()
                + " (" + schema.domainEventFields() + ") VALUES (?,?,?,?,?,?,?,?,?)", new String[]{AppendedPositions.COLUMN});
        Map<String, String> heads = new HashMap<>();
        for (EventMessage<?> message : events) {
            DomainEventMessage<?> event = (DomainEventMessage<?>) message;
            SerializedObject<?> payload = event.serializePayload(serializer, dataType);
            Object metaData = event.serializeMetaData(serializer, dataType).getData();
            if (EventChain.HOUSEHOLD.equals(event.getType())) {
                StoredEvent stored = new StoredEvent(0, event.getIdentifier(), event.getAggregateIdentifier(),
                        event.getSequenceNumber(), event.getType(), DateTimeUtils.formatInstant(event.getTimestamp()),
                        payload.getType().getName(), payload.getType().getRevision(), (byte[]) payload.getData(),
                        (byte[]) metaData);
                String previous = event.getSequenceNumber() == 0 ? null
                        : heads.containsKey(event.getAggregateIdentifier()) ? heads.get(event.getAggregateIdentifier())
                        : previousLink(connection, schema, event.getAggregateIdentifier(), event.getSequenceNumber());
                String hash = EventChain.hash(stored, previous);
                heads.put(event.getAggregateIdentifier(), hash);
                metaData = serializer.serialize(event.getMetaData().and(EventChain.HASH, hash), dataType).getData();
            }
            statement.setString(1, event.getIdentifier());
            statement.setString(2, event.getAggregateIdentifier());
            statement.setLong(3, event.getSequenceNumber());
            statement.setString(4, event.getType());
            timestampWriter.writeTimestamp(statement, 5, event.getTimestamp());
            statement.setString(6, payload.getType().getName());
            statement.setString(7, payload.getType().getRevision());
            statement.setObject(8, payload.getData());
            statement.setObject(9, metaData);
            statement.addBatch();
        }
        return AppendedPositions.recording(statement);
    }

    /**
     * The link of the event before {@code sequence}: its stored hash; for a household whose events
     * were stored before the chain, the chain is computed over them once, here.
     */
    private static String previousLink(Connection connection, EventSchema schema, String aggregate, long sequence)
            throws SQLException {
        String last = "SELECT " + StoredEvent.COLUMNS + " FROM " + schema.domainEventTable()
                + " WHERE aggregate_identifier = ? AND sequence_number = ?";
        try (PreparedStatement query = connection.prepareStatement(last)) {
            query.setString(1, aggregate);
            query.setLong(2, sequence - 1);
            try (ResultSet rs = query.executeQuery()) {
                String stored = rs.next() ? StoredEvent.read(rs).storedHash() : null;
                if (stored != null) {
                    return stored;
                }
            }
        }
        String all = "SELECT " + StoredEvent.COLUMNS + " FROM " + schema.domainEventTable()
                + " WHERE aggregate_identifier = ? AND sequence_number < ? ORDER BY sequence_number";
        try (PreparedStatement query = connection.prepareStatement(all)) {
            query.setString(1, aggregate);
            query.setLong(2, sequence);
            String link = null;
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    link = StoredEvent.read(rs).link(link);
                }
            }
            return link;
        }
    }
}
