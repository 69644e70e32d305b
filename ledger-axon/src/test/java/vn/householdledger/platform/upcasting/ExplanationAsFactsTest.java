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
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.household.Classification;
import vn.householdledger.events.household.HouseholdAssessed;
import vn.householdledger.events.review.HouseholdSurveyed;
import vn.householdledger.standard.Explanation;

/**
 * An assessment and a survey stored with an English sentence for their explanation (the JSON fixtures of
 * the old shapes) are read with the facts their standard's rule gives their own findings.
 */
class ExplanationAsFactsTest {

    private final JsonMapper json = JsonMapper.builder().addModule(new JavaTimeModule()).build();
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();
    private final EventUpcasterChain chain = new EventUpcasterChain(List.of(new HouseholdAssessedProvenance(),
            new HouseholdAssessedIdentity(), new ExplanationAsFacts()));

    /** 850,000 a month, rural, one deprivation, under VN_2016_2020: between the lines, so near-poor. */
    private static final Explanation NEAR_POOR = new Explanation("VN_2016_2020", Area.RURAL, 850_000, List.of(
            new Explanation.Comparison(Explanation.Line.POVERTY_LINE, 700_000, true),
            new Explanation.Comparison(Explanation.Line.NEAR_POOR_LINE, 1_000_000, false)), 1, 3, Classification.NEAR_POOR, null);

    @Test
    void anAssessmentStoredWithASentenceIsReadWithTheFactsOfItsFindings() throws IOException {
        IntermediateEventRepresentation upcast = upcast(HouseholdAssessed.class, null, HouseholdAssessedProvenanceTest.FIXTURE);
        assertThat(upcast.getType().getRevision()).isEqualTo("4");
        HouseholdAssessed assessed = serializer.deserialize(upcast.getData());
        assertThat(assessed.explanation()).isEqualTo(NEAR_POOR);
        assertThat(assessed.classification()).isEqualTo(Classification.NEAR_POOR);
        assertThat(assessed.incomePerCapitaMonthly()).isEqualTo(850_000);
    }

    @Test
    void aSurveyStoredWithASentenceIsReadWithTheFactsOfItsFindings() throws IOException {
        IntermediateEventRepresentation upcast = upcast(HouseholdSurveyed.class, null, "/events/household-surveyed-revision-null.json");
        assertThat(upcast.getType().getRevision()).isEqualTo("1");
        HouseholdSurveyed surveyed = serializer.deserialize(upcast.getData());
        assertThat(surveyed.explanation()).isEqualTo(NEAR_POOR);
        assertThat(surveyed.proposedClassification()).isEqualTo(Classification.NEAR_POOR);
    }

    @Test
    void anAssessmentThatKeepsTheFactsIsLeftAsStored() throws IOException {
        ObjectNode current = fixture(HouseholdAssessedProvenanceTest.FIXTURE);
        current.set("explanation", json.valueToTree(NEAR_POOR));
        InitialEventRepresentation stored = stored(HouseholdAssessed.class, "4", current);
        assertThat(chain.upcast(Stream.of(stored)).findFirst().orElseThrow()).isSameAs(stored);
    }

    private IntermediateEventRepresentation upcast(Class<?> type, String revision, String fixture) throws IOException {
        return chain.upcast(Stream.of(stored(type, revision, fixture(fixture)))).findFirst().orElseThrow();
    }

    private InitialEventRepresentation stored(Class<?> type, String revision, ObjectNode payload) throws IOException {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("Household", "3c0e7a52-8f1d-4b6a-9e2c-7d5f4a1b0c93",
                4, "event-4", Instant.parse("2018-11-20T03:00:00Z"), type.getName(), revision, json.writeValueAsBytes(payload),
                "{}".getBytes());
        return new InitialEventRepresentation(entry, serializer);
    }

    private ObjectNode fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            return (ObjectNode) json.readTree(in);
        }
    }
}
