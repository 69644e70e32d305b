package vn.householdledger.platform.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.events.household.HouseholdAssessed;

/**
 * An assessment stored before revision 3 (the JSON fixture of revision null, through revision 2, and on to
 * the current revision) is read with an id of its own, the same at every read and different for another place in the history, and as
 * the outcome of a periodic review decided outside the ledger.
 */
class HouseholdAssessedIdentityTest {

    private static final String HOUSEHOLD = "3c0e7a52-8f1d-4b6a-9e2c-7d5f4a1b0c93";

    private final JsonMapper json = JsonMapper.builder().addModule(new JavaTimeModule()).build();
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();
    private final EventUpcasterChain chain = new EventUpcasterChain(List.of(new HouseholdAssessedProvenance(),
            new HouseholdAssessedIdentity(), new ExplanationAsFacts()));

    @Test
    void anOlderAssessmentIsReadWithAnIdOfItsOwnFromItsPlaceInTheHistory() throws IOException {
        HouseholdAssessed first = read(stored(fixture(), null, 4));
        HouseholdAssessed again = read(stored(fixture(), null, 4));
        ObjectNode revisionTwo = fixture();
        revisionTwo.remove(HouseholdAssessedProvenance.MARK);
        HouseholdAssessed later = read(stored(revisionTwo, "2", 9));

        assertThat(first.assessmentId()).isNotNull().isEqualTo(again.assessmentId())
                .isEqualTo(HouseholdAssessedIdentity.assessmentId(HOUSEHOLD, 4));
        assertThat(later.assessmentId()).isNotEqualTo(first.assessmentId());
        assertThat(first.kind()).isEqualTo(ReviewKind.PERIODIC);
        assertThat(first.reviewId()).isNull();
        assertThat(first.decisionNumber()).isNull();
        assertThat(first.incomePerCapitaMonthly()).isEqualTo(850_000);
    }

    @Test
    void anAssessmentOfRevisionThreeIsLeftAsStored() throws IOException {
        InitialEventRepresentation current = stored(fixture(), "3", 4);
        IntermediateEventRepresentation upcast = new HouseholdAssessedIdentity().upcast(Stream.of(current)).findFirst().orElseThrow();
        assertThat(upcast.getType()).isEqualTo(new SimpleSerializedType(HouseholdAssessed.class.getName(), "3"));
        assertThat(upcast).isSameAs(current);
    }

    private HouseholdAssessed read(InitialEventRepresentation stored) {
        IntermediateEventRepresentation upcast = chain.upcast(Stream.of(stored)).findFirst().orElseThrow();
        assertThat(upcast.getType().getRevision()).isEqualTo("4");
        return serializer.deserialize(upcast.getData());
    }

    private InitialEventRepresentation stored(ObjectNode payload, String revision, long sequence) throws IOException {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("Household", HOUSEHOLD, sequence,
                "event-" + sequence, Instant.parse("2018-11-20T03:00:00Z"), HouseholdAssessed.class.getName(), revision,
                json.writeValueAsBytes(payload), "{}".getBytes());
        return new InitialEventRepresentation(entry, serializer);
    }

    private ObjectNode fixture() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(HouseholdAssessedProvenanceTest.FIXTURE)) {
            return (ObjectNode) json.readTree(in);
        }
    }
}
