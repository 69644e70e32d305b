package vn.householdledger.standalone.household;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.command.household.AssessHousehold;
import vn.householdledger.events.household.HouseholdAssessed;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/**
 * Assessments stored in the shapes of earlier releases, as JSON: events of revision null written
 * straight into the event store (before the mark existed, and marked {@code simulated: true} in the
 * payload, as the demo's review of 2018 was), and the command kept with an idempotency record (with
 * and without the mark). The events read as held reviews or as simulated ones, the mark now their
 * provenance and never in the payload a history shows, their English explanations as facts in the reader's
 * words; the commands read with every field intact.
 */
class StoredAssessmentShapeTest extends ApiTest {

    /** In ledger-axon's test jar: the demo's simulated assessment as revision null stored it. */
    private static final String SIMULATED = "/events/household-assessed-revision-null.json";
    private static final String BEFORE_THE_MARK = "/stored/HouseholdAssessed-without-simulated.json";

    @Autowired
    ObjectMapper json;

    private static ObjectNode stored(String path) throws IOException {
        try (InputStream in = StoredAssessmentShapeTest.class.getResourceAsStream(path)) {
            return (ObjectNode) LedgerApi.JSON.readTree(in);
        }
    }

    /** Stores the fixture as the assessment of a new household of Hà Lan, and answers the household. */
    private UUID householdAssessedAs(ObjectNode assessed) {
        UUID household = registerHousehold(HA_LAN);
        assertThat(assessed.get("communeCode").asText()).isEqualTo(HA_LAN);
        appendStoredEvent(household, HouseholdAssessed.class, assessed.put("householdId", household.toString()));
        return household;
    }

    private JsonNode lastAssessment(UUID household) {
        return api.as("worker").consistent().get("/api/households/" + household).json().get("lastAssessment");
    }

    private JsonNode historyData(UUID household) {
        JsonNode events = api.as("auditor").get("/api/households/" + household + "/history").json().get("events");
        JsonNode last = events.get(events.size() - 1);
        assertThat(last.get("type").asText()).isEqualTo("HouseholdAssessed");
        return last.get("data");
    }

    private boolean reviewSimulated(UUID household) {
        return jdbc.queryForObject("SELECT simulated FROM query_side.review_assessment WHERE household_id = ?", Boolean.class,
                household);
    }

    @Test
    void anAssessmentStoredBeforeTheMarkExistedReadsAsAReviewHeld() throws IOException {
        ObjectNode assessed = stored(BEFORE_THE_MARK);
        assertThat(assessed.has("simulated")).isFalse();
        UUID household = householdAssessedAs(assessed);

        JsonNode view = lastAssessment(household);
        assertThat(view.get("simulated").asBoolean()).isFalse();
        assertThat(view.get("classification").asText()).isEqualTo("POOR");
        assertThat(view.get("assessedOn").asText()).isEqualTo("2017-11-20");
        assertThat(view.get("incomePerCapitaMonthly").asLong()).isEqualTo(650_000);
        assertThat(reviewSimulated(household)).isFalse();
        assertThat(historyData(household).has("simulated")).isFalse();
    }

    /** The English sentence an older assessment stored reads as the facts of its findings, in the reader's words. */
    @Test
    void anAssessmentStoredWithAnEnglishSentenceExplainsItselfInTheReadersLanguage() throws IOException {
        UUID household = householdAssessedAs(stored(BEFORE_THE_MARK));

        assertThat(lastAssessment(household).get("explanation").asText())
                .isEqualTo("Thu nhập 650.000 đ ≤ chuẩn nghèo nông thôn 700.000 đ → hộ nghèo (theo thu nhập)");
        assertThat(api.as("worker").header("Accept-Language", "en-GB,en;q=0.9").get("/api/households/" + household).json()
                .get("lastAssessment").get("explanation").asText())
                .isEqualTo("Income 650,000 VND ≤ rural poverty line 700,000 VND → poor (by income)");
        JsonNode facts = historyData(household).get("explanation");
        assertThat(facts.get("lines").get(0).get("line").asText()).isEqualTo("POVERTY_LINE");
        assertThat(facts.get("lines").get(0).get("amount").asLong()).isEqualTo(700_000);
        assertThat(facts.get("basis").asText()).isEqualTo("BY_INCOME");
    }

    @Test
    void anAssessmentStoredMarkedSimulatedInItsPayloadReadsAsSimulated() throws IOException {
        ObjectNode assessed = stored(SIMULATED);
        assertThat(assessed.get("simulated").asBoolean()).isTrue();
        UUID household = householdAssessedAs(assessed);

        JsonNode view = lastAssessment(household);
        assertThat(view.get("simulated").asBoolean()).isTrue();
        assertThat(view.get("classification").asText()).isEqualTo("NEAR_POOR");
        assertThat(view.get("assessedOn").asText()).isEqualTo("2018-11-20");
        assertThat(view.get("incomePerCapitaMonthly").asLong()).isEqualTo(850_000);
        assertThat(reviewSimulated(household)).isTrue();
        assertThat(api.as("worker").consistent().get("/api/statistics/communes?year=2018").json().get("simulated").asBoolean())
                .as("the worker's communes rest on a simulated assessment at the end of 2018").isTrue();
        JsonNode data = historyData(household);
        assertThat(data.has("simulated")).isFalse();
        assertThat(data.get("classification").asText()).isEqualTo("NEAR_POOR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AssessHousehold-without-simulated.json", "AssessHousehold-with-simulated.json"})
    void anAssessCommandKeptWithAnIdempotencyRecordReadsWithEveryField(String kept) throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/stored/" + kept)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(json.readValue(text, AssessHousehold.class)).isEqualTo(new AssessHousehold(
                UUID.fromString("00000000-0000-0000-0000-00000000a001"), 2017, LocalDate.of(2017, 11, 20), null, 650_000,
                List.of("HEALTH_INSURANCE"), List.of(PovertyCause.LONG_ILLNESS), true, null, null, null, null));
    }
}
