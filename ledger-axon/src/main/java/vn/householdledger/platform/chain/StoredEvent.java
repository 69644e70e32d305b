package vn.householdledger.platform.chain;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One row of the event store as it is stored: the columns the chain's hash covers, the metadata's
 * bytes (with its {@code hash}, if it has one) and its global position.
 */
public record StoredEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                          String type, String timestamp, String payloadType, String payloadRevision, byte[] payload,
                          byte[] metaData) {

    /** The columns {@link #read} reads, in its order. */
    public static final String COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number, type,"
            + " time_stamp, payload_type, payload_revision, payload, meta_data";

    public static StoredEvent read(ResultSet rs) throws SQLException {
        return new StoredEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(9), rs.getBytes(10));
    }

    /** The hash this event's metadata carries; null for an event stored before the chain. */
    public String storedHash() {
        return EventChain.storedHash(metaData);
    }

    /** This event's link: the hash it carries, or, stored before the chain, the one it has after {@code previous}. */
    public String link(String previous) {
        String stored = storedHash();
        return stored != null ? stored : EventChain.hash(this, previous);
    }
}
