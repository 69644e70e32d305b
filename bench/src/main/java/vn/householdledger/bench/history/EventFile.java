package vn.householdledger.bench.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * Event rows in PostgreSQL's binary COPY format, serialized exactly as the service's JDBC event store
 * writes them: payload and metadata through Axon's {@link JacksonSerializer} over a mapper configured
 * like the service's (Boot's builder, dates as ISO strings), {@code payload_type} the class name with
 * no revision, {@code type} the aggregate type, {@code time_stamp} in Axon's instant format.
 */
public final class EventFile implements AutoCloseable {

    /** The columns each row fills, in order; {@code global_index} comes from the table's sequence. */
    public static final String COLUMNS = "event_identifier, aggregate_identifier, sequence_number, type, time_stamp, "
            + "payload_type, payload_revision, payload, meta_data";
    private static final byte[] SIGNATURE = "PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1);

    private final JacksonSerializer serializer;
    private final DataOutputStream out;
    private long rows;

    private EventFile(OutputStream out) throws IOException {
        this.serializer = JacksonSerializer.builder().objectMapper(serviceMapper()).build();
        this.out = new DataOutputStream(new BufferedOutputStream(out, 1 << 20));
        this.out.write(SIGNATURE);
        this.out.writeInt(0);
        this.out.writeInt(0);
    }

    public static EventFile create(Path file) throws IOException {
        return new EventFile(Files.newOutputStream(file));
    }

    /** The JSON shape of the service's events and metadata (its mapper is Boot's, with these settings). */
    public static ObjectMapper serviceMapper() {
        return Jackson2ObjectMapperBuilder.json().featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    }

    public void write(List<EventRow> rows) throws IOException {
        for (EventRow row : rows) {
            write(row);
        }
    }

    public void write(EventRow row) throws IOException {
        SerializedObject<byte[]> payload = serializer.serialize(row.payload(), byte[].class);
        SerializedObject<byte[]> metaData = serializer.serialize(MetaData.from(row.metaData()), byte[].class);
        out.writeShort(9);
        text(row.eventId());
        text(row.aggregateId());
        out.writeInt(8);
        out.writeLong(row.sequence());
        text(row.aggregateType());
        text(DateTimeUtils.formatInstant(row.recordedAt()));
        text(payload.getType().getName());
        text(payload.getType().getRevision());
        bytes(payload.getData());
        bytes(metaData.getData());
        rows++;
    }

    public long rows() {
        return rows;
    }

    private void text(String value) throws IOException {
        bytes(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private void bytes(byte[] value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(value.length);
        out.write(value);
    }

    @Override
    public void close() throws IOException {
        out.writeShort(-1);
        out.close();
    }
}
