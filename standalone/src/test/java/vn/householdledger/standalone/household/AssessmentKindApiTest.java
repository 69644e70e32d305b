package vn.householdledger.standalone.household;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.Problems.assertInvalid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.household.AssessmentPreviewRequest;
import vn.householdledger.api.household.AssessmentRequest;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.events.household.HouseholdAssessed;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/**
 * An assessment names its review's kind (periodic when not said) and the chair's decision number: both
 * reach the answer, the stored event and the history. Its standard, and its preview's, is the one of the
 * lists its review sets (DOMAIN.md, "Which standard applies"), which {@code GET /api/standards} answers.
 */
class AssessmentKindApiTest extends ApiTest {

    private static AssessmentRequest assessment(int year, LocalDate on, long income, ReviewKind kind, String decision) {
        return new AssessmentRequest(year, on, null, income, List.of(), List.of(), true, kind, decision);
    }

    private static AssessmentPreviewRequest preview(int year, long income, String standard, ReviewKind kind) {
        return new AssessmentPreviewRequest(HA_LAN, year, null, standard, income, List.of(), List.of(), true, kind);
    }

    /** The household's assessments as the event store holds them, oldest first. */
    private List<JsonNode> stored(UUID household) {
        return jdbc.queryForList("""
                        SELECT convert_from(payload, 'UTF8') FROM event_store.domain_event_entry
                         WHERE aggregate_identifier = ? AND payload_type = ? ORDER BY sequence_number""", String.class,
                household.toString(), HouseholdAssessed.class.getName()).stream().map(json -> {
                    try {
                        return LedgerApi.JSON.readTree(json);
                    } catch (JsonProcessingException e) {
                        throw new AssertionError(e);
                    }
                }).toList();
    }

    @Test
    void theKindAndTheDecisionNumberReachTheAnswerTheStoredEventAndTheHistory() {
        UUID household = registerHousehold(HA_LAN);
        String base = "/api/households/" + household + "/assessments";

        LedgerApi.Response adHoc = api.as("worker").post(base,
                assessment(2021, LocalDate.of(2021, 6, 20), 1_000_001, ReviewKind.AD_HOC, "45/QĐ-UBND"));
        LedgerApi.Response periodic = api.as("worker").post(base, assessment(2021, LocalDate.of(2021, 11, 20), 1_000_001, null, null));

        assertThat(adHoc.status()).as(adHoc.toString()).isEqualTo(201);
        assertThat(adHoc.json().get("standard").asText()).as("the lists of 2021").isEqualTo("VN_2016_2020");
        assertThat(adHoc.json().get("classification").asText()).isEqualTo("NOT_POOR");
        assertThat(periodic.status()).as(periodic.toString()).isEqualTo(201);
        assertThat(periodic.json().get("standard").asText()).as("the lists of 2022").isEqualTo("VN_2021_2025");
        assertThat(periodic.json().get("classification").asText()).isEqualTo("NEAR_POOR");
        List<JsonNode> stored = stored(household);
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0).get("assessmentId").asText()).isEqualTo(adHoc.json().get("assessmentId").asText());
        assertThat(stored.get(0).get("kind").asText()).isEqualTo("AD_HOC");
        assertThat(stored.get(0).get("decisionNumber").asText()).isEqualTo("45/QĐ-UBND");
        assertThat(stored.get(0).get("standard").asText()).isEqualTo("VN_2016_2020");
        assertThat(stored.get(0).get("reviewId").isNull()).isTrue();
        assertThat(stored.get(1).get("assessmentId").asText()).isEqualTo(periodic.json().get("assessmentId").asText());
        assertThat(stored.get(1).get("kind").asText()).isEqualTo("PERIODIC");
        assertThat(stored.get(1).get("decisionNumber").isNull()).isTrue();
        JsonNode history = api.as("auditor").get("/api/households/" + household + "/history").json().get("events");
        assertThat(history.get(1).get("data").get("decisionNumber").asText()).isEqualTo("45/QĐ-UBND");
        assertThat(history.get(1).get("data").get("kind").asText()).isEqualTo("AD_HOC");
    }

    @Test
    void thePreviewAppliesTheStandardOfTheListsItsReviewSets() {
        Map<String, String> standards = new HashMap<>();
        standards.put("AD_HOC 2026", api.as("worker").post("/api/assessments/preview", preview(2026, 1_500_001, null,
                ReviewKind.AD_HOC)).json().get("standard").asText());
        standards.put("PERIODIC 2026", api.as("worker").post("/api/assessments/preview", preview(2026, 1_500_001, null,
                ReviewKind.PERIODIC)).json().get("standard").asText());
        standards.put("2020", api.as("worker").post("/api/assessments/preview", preview(2020, 1_500_001, null, null))
                .json().get("standard").asText());
        standards.put("AD_HOC 2021", api.as("worker").post("/api/assessments/preview", preview(2021, 1_500_001, null,
                ReviewKind.AD_HOC)).json().get("standard").asText());
        assertThat(standards).isEqualTo(Map.of("AD_HOC 2026", "VN_2021_2025", "PERIODIC 2026", "VN_2026_2030",
                "2020", "VN_2016_2020", "AD_HOC 2021", "VN_2016_2020"));
        long before = eventCount();
        assertInvalid(api.as("worker").post("/api/assessments/preview", preview(2021, 900_000, "VN_2021_2025", ReviewKind.AD_HOC)),
                "standard");
        assertInvalid(api.as("worker").post("/api/assessments/preview", preview(2015, 900_000, null, ReviewKind.AD_HOC)), "year");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void theStandardsAnswerTheYearsOfTheirListsAndOfThePeriodicReviewsThatSetThem() {
        Map<String, List<Integer>> years = new HashMap<>();
        for (JsonNode standard : api.as("worker").get("/api/standards").json()) {
            years.put(standard.get("code").asText(), List.of(standard.get("firstReviewYear").asInt(),
                    standard.get("lastReviewYear").asInt(), standard.get("firstListsYear").asInt(),
                    standard.get("lastListsYear").asInt()));
        }
        assertThat(years).isEqualTo(Map.of("VN_2016_2020", List.of(2015, 2020, 2016, 2021),
                "VN_2021_2025", List.of(2021, 2025, 2022, 2026), "VN_2026_2030", List.of(2026, 2029, 2027, 2030)));
    }
}
