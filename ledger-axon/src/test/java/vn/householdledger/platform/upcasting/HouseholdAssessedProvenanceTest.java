package vn.householdledger.platform.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import vn.householdledger.events.household.HouseholdAssessed;
import vn.householdledger.platform.provenance.Provenance;

/**
 * An assessment stored in revision null's shape (the JSON fixture: the demo's simulated review of
 * 2018, {@code simulated: true}) is read as revision 2, its mark moved into the provenance metadata;
 * {@code simulated: false}, or no mark at all (stored before it existed), reads without provenance.
 */
class HouseholdAssessedProvenanceTest {

    /** The stored payload of a simulated assessment, as revision null wrote it. */
    static final String FIXTURE = "/events/household-assessed-revision-null.json";
    private static final String STORED_METADATA = "{\"recordedBy\":\"demo\",\"requestId\":\"5b7e0c1a-2f3d-4e5a-8b9c-0d1e2f3a4b5c\"}";

    private final JsonMapper json = JsonMapper.builder().addModule(new JavaTimeModule()).build();
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();
    private final HouseholdAssessedProvenance upcaster = new HouseholdAssessedProvenance();

    @Test
    void aSimulatedAssessmentIsReadAsRevisionTwoWithItsMarkInTheMetadata() throws IOException {
        IntermediateEventRepresentation upcast = upcast(stored(fixture(), null));

        assertThat(upcast.getType()).isEqualTo(new SimpleSerializedType(HouseholdAssessed.class.getName(), "2"));
        assertThat(upcast.getData(JsonNode.class).getData().has("simulated")).isFalse();
        assertThat(upcast.getData(JsonNode.class).getData()).isEqualTo(unmarked());
        assertThat(upcast.getMetaData().getObject()).isEqualTo(MetaData.from(Map.of("recordedBy", "demo",
                "requestId", "5b7e0c1a-2f3d-4e5a-8b9c-0d1e2f3a4b5c", Provenance.KEY, Provenance.SIMULATED)));
    }

    @Test
    void anAssessmentMarkedNotSimulatedLosesTheFieldAndGainsNoProvenance() throws IOException {
        ObjectNode held = fixture().put("simulated", false);

        IntermediateEventRepresentation upcast = upcast(stored(held, null));

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        assertThat(upcast.getData(JsonNode.class).getData().has("simulated")).isFalse();
        assertThat(upcast.getData(JsonNode.class).getData()).isEqualTo(unmarked());
        assertThat(upcast.getMetaData().getObject()).doesNotContainKey(Provenance.KEY).containsEntry("recordedBy", "demo");
    }

    @Test
    void anAssessmentStoredBeforeTheMarkExistedGainsNoProvenance() throws IOException {
        IntermediateEventRepresentation upcast = upcast(stored(unmarked(), null));

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        assertThat(upcast.getData(JsonNode.class).getData()).isEqualTo(unmarked());
        assertThat(upcast.getMetaData().getObject()).doesNotContainKey(Provenance.KEY);
    }

    @Test
    void anAssessmentAlreadyOfRevisionTwoIsLeftAsStored() throws IOException {
        InitialEventRepresentation stored = stored(unmarked(), "2");

        assertThat(upcast(stored)).isSameAs(stored);
    }

    /** The fixture as the previous release stored it, every field but the mark intact. */
    private ObjectNode unmarked() throws IOException {
        ObjectNode unmarked = fixture();
        unmarked.remove("simulated");
        return unmarked;
    }

    private IntermediateEventRepresentation upcast(InitialEventRepresentation stored) {
        return upcaster.upcast(Stream.of(stored)).findFirst().orElseThrow();
    }

    private ObjectNode fixture() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(FIXTURE)) {
            ObjectNode payload = (ObjectNode) json.readTree(in);
            assertThat(payload.get("simulated").asBoolean()).isTrue();
            return payload;
        }
    }

    private InitialEventRepresentation stored(ObjectNode payload, String revision) throws IOException {
        return new InitialEventRepresentation(new GenericDomainEventEntry<>("Household",
                "3c0e7a52-8f1d-4b6a-9e2c-7d5f4a1b0c93", 3, UUID.randomUUID().toString(), Instant.parse("2026-01-10T02:00:00Z"),
                HouseholdAssessed.class.getName(), revision, json.writeValueAsBytes(payload),
                STORED_METADATA.getBytes(StandardCharsets.UTF_8)), serializer);
    }
}
