package vn.householdledger.platform.chain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hash chain of a household's events (chuỗi băm). An event's {@code hash} is the SHA-256, in
 * lowercase hex, over length-prefixed fields: a version tag, the aggregate's type and id, the
 * sequence number, the event's id, its timestamp and payload type and revision as stored, the payload's
 * stored bytes, its metadata without {@code hash} (as JSON with sorted keys, so that the map's order
 * does not matter) and the previous event's hash ({@code ""} for the first). The bytes are the
 * stored ones, never re-serialized: an upcaster, or a payload stored encrypted, leaves them as they are.
 */
public final class EventChain {

    /** The aggregate type whose events are chained. */
    public static final String HOUSEHOLD = "Household";
    /** The metadata key of an event's hash. */
    public static final String HASH = "hash";
    private static final byte[] VERSION = "ledger-chain-1".getBytes(StandardCharsets.UTF_8);
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private EventChain() {
    }

    /** The hash of {@code event} after the event whose hash is {@code previous} (null or "" for the first). */
    public static String hash(StoredEvent event, String previous) {
        MessageDigest sha = sha256();
        field(sha, VERSION);
        field(sha, text(event.type()));
        field(sha, text(event.aggregateIdentifier()));
        field(sha, text(Long.toString(event.sequenceNumber())));
        field(sha, text(event.eventIdentifier()));
        field(sha, text(event.timestamp()));
        field(sha, text(event.payloadType()));
        field(sha, text(event.payloadRevision()));
        field(sha, event.payload());
        field(sha, canonicalMetaData(event.metaData()));
        field(sha, text(previous == null ? "" : previous));
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The hash an event's metadata says it has; null for an event stored without one. */
    public static String storedHash(byte[] metaData) {
        Object hash = metaData(metaData).get(HASH);
        return hash == null ? null : hash.toString();
    }

    /** The metadata as JSON with sorted keys and without {@code hash}: what the hash covers of it. */
    static byte[] canonicalMetaData(byte[] metaData) {
        Map<String, Object> map = new TreeMap<>(metaData(metaData));
        map.remove(HASH);
        try {
            return CANONICAL.writeValueAsBytes(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> metaData(byte[] metaData) {
        if (metaData == null || metaData.length == 0) {
            return Map.of();
        }
        try {
            Map<String, Object> map = CANONICAL.readValue(metaData, Map.class);
            return map == null ? Map.of() : map;
        } catch (IOException e) {
            // Metadata that is not a JSON object cannot be the one that was hashed.
            return Map.of("unreadable", HexFormat.of().formatHex(metaData));
        }
    }

    private static byte[] text(String value) {
        return value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
    }

    /** A field as its length then its bytes, so that no two different rows give the same input. */
    private static void field(MessageDigest sha, byte[] bytes) {
        byte[] value = bytes == null ? new byte[0] : bytes;
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(value.length).array());
        sha.update(value);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
