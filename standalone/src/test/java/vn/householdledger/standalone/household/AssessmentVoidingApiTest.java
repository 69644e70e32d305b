package vn.householdledger.standalone.household;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.Problems.assertInvalid;
import static vn.householdledger.standalone.Problems.assertProblem;
import static vn.householdledger.standalone.Problems.assertRuleViolation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.householdledger.events.household.HouseholdAssessed;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.standalone.Bodies;
import vn.householdledger.testing.LedgerApi;

/**
 * {@code POST /api/households/{id}/assessments/{assessmentId}/voiding}: a mistyped assessment, voided,
 * reads as if it had not been made in every read (the household, the poverty list live and as of now,
 * the escapes, the flows, the commune table, the targets), while the history keeps both; each refusal
 * names its rule and writes nothing.
 */
class AssessmentVoidingApiTest extends ApiTest {

    private static final Map<String, String> REASON = Map.of("reason", "Nhập nhầm thu nhập 6.000.000 thay vì 600.000");

    private String base(UUID household) {
        return "/api/households/" + household;
    }

    private String assess(UUID household, int year, String on, long income) {
        LedgerApi.Response assessed = api.as("worker").post(base(household) + "/assessments",
                Bodies.assessment(year, on, income, List.of("SANITARY_TOILET"), List.of("LACK_CAPITAL"), true));
        assertThat(assessed.status()).as(assessed.toString()).isEqualTo(201);
        return assessed.json().get("assessmentId").asText();
    }

    private LedgerApi.Response voiding(UUID household, String assessment) {
        return api.as("worker").post(base(household) + "/assessments/" + assessment + "/voiding", REASON);
    }

    /** Every read the assessment touches, each once every committed event is reflected. */
    private List<JsonNode> reads(UUID household, String code) {
        List<JsonNode> reads = new ArrayList<>();
        reads.add(api.as("worker").consistent().get(base(household)).json());
        reads.add(itemOf(api.as("worker").get("/api/poverty-list?size=1000&commune=" + HA_LAN).json(), code));
        reads.add(itemOf(api.as("committee").get("/api/escapes?size=1000&year=2019&commune=" + HA_LAN).json(), code));
        reads.add(rowOf(api.as("committee").get("/api/statistics/flows?year=2019").json()));
        reads.add(rowOf(api.as("committee").get("/api/statistics/communes?year=2019").json()));
        reads.add(api.as("worker").get("/api/targets/2097").json());
        return reads;
    }

    private static JsonNode itemOf(JsonNode page, String code) {
        for (JsonNode item : page.get("items")) {
            if (item.get("code").asText().equals(code)) {
                return item;
            }
        }
        return null;
    }

    /** The poor households of Hà Lan now, as its target of 2097 counts them. */
    private static long poorHouseholdsNow(JsonNode targets) {
        for (JsonNode entry : targets.get("targets")) {
            if (entry.get("code").asText().equals("POOR_HOUSEHOLDS") && entry.get("scope").asText().equals(HA_LAN)) {
                return entry.get("actual").asLong();
            }
        }
        throw new AssertionError("No target of " + HA_LAN + " in " + targets);
    }

    private static JsonNode rowOf(JsonNode statistics) {
        for (JsonNode row : statistics.get("rows")) {
            if (row.get("communeCode").asText().equals(HA_LAN)) {
                return row;
            }
        }
        throw new AssertionError("No row of " + HA_LAN + " in " + statistics);
    }

    @Test
    void aMistypedEscapeVoidedLeavesNoEscapeNoFlowAndTheStatusAsBefore() {
        UUID household = registerHousehold(HA_LAN);
        assess(household, 2018, "2018-11-20", 600_000);
        assertThat(api.as("admin").put("/api/communes/" + HA_LAN + "/years/2097",
                Map.of("households", 500, "poorTargetEndOfYear", 40)).status()).isEqualTo(200);
        String code = api.as("worker").consistent().get(base(household)).json().get("code").asText();
        List<JsonNode> before = reads(household, code);
        assertThat(before.get(0).get("status").asText()).isEqualTo("POOR");
        assertThat(before.get(2)).as("no escape yet").isNull();

        String typo = assess(household, 2019, "2019-11-20", 6_000_000);
        List<JsonNode> mistaken = reads(household, code);
        assertThat(mistaken.get(0).get("status").asText()).isNotEqualTo("POOR");
        assertThat(mistaken.get(2)).as("the mistyped escape").isNotNull();
        assertThat(mistaken.get(3).get("escaped").asLong()).isEqualTo(before.get(3).get("escaped").asLong() + 1);
        assertThat(poorHouseholdsNow(mistaken.get(5))).isEqualTo(poorHouseholdsNow(before.get(5)) - 1);

        LedgerApi.Response voided = voiding(household, typo);

        assertThat(voided.status()).as(voided.toString()).isEqualTo(200);
        assertThat(voided.position()).isPositive();
        JsonNode answer = voided.json();
        assertThat(answer.get("householdId").asText()).isEqualTo(household.toString());
        assertThat(answer.get("assessmentId").asText()).isEqualTo(typo);
        assertThat(answer.get("voided").asBoolean()).isTrue();
        assertThat(answer.get("classification").asText()).isEqualTo("POOR");
        assertThat(answer.get("status").asText()).isEqualTo("POOR");
        assertThat(answer.get("statusSince").asText()).isEqualTo("2018-11-20");
        assertThat(reads(household, code)).isEqualTo(before);

        JsonNode events = api.as("auditor").get(base(household) + "/history").json().get("events");
        assertThat(events.findValuesAsText("type")).containsExactly("HouseholdRegistered", "HouseholdAssessed",
                "HouseholdBecamePoor", "HouseholdAssessed", "HouseholdEscapedPoverty", "AssessmentVoided", "AssessmentRestated");
        JsonNode voiding = events.get(5).get("data");
        assertThat(voiding.get("assessmentId").asText()).isEqualTo(typo);
        assertThat(voiding.get("reason").asText()).isEqualTo(REASON.get("reason"));
        assertThat(events.get(5).get("recordedBy").asText()).isEqualTo("worker");
        assertThat(events.get(6).get("data").get("classificationSince").asText()).isEqualTo("2018-11-20");

        Instant now = Instant.now();
        assertThat(api.as("auditor").get("/api/audit/poverty-list?size=1000&commune=" + HA_LAN + "&asOf=" + now).json())
                .isEqualTo(api.as("committee").get("/api/poverty-list?size=1000&commune=" + HA_LAN).json());
    }

    @Test
    void theOnlyAssessmentVoidedTakesTheHouseholdOffTheLists() {
        UUID household = registerHousehold(HA_LAN);
        String only = assess(household, 2018, "2018-11-20", 600_000);

        LedgerApi.Response voided = voiding(household, only);

        assertThat(voided.status()).as(voided.toString()).isEqualTo(200);
        assertThat(voided.json().get("status").isNull()).isTrue();
        JsonNode view = api.as("worker").header("X-Event-Position", String.valueOf(voided.position())).get(base(household)).json();
        assertThat(view.get("status").isNull()).isTrue();
        assertThat(view.get("lastAssessment").isNull()).isTrue();
        assertThat(api.as("worker").get("/api/poverty-list?size=1000&commune=" + HA_LAN).json().get("items")
                .findValuesAsText("householdId")).doesNotContain(household.toString());
    }

    /** An assessment stored before assessments named themselves is voided by the id its history shows. */
    @Test
    void anAssessmentOfAnOlderShapeIsVoidedByTheIdItsHistoryShows() throws IOException {
        UUID household = registerHousehold(HA_LAN);
        ObjectNode stored;
        try (InputStream in = getClass().getResourceAsStream("/stored/HouseholdAssessed-without-simulated.json")) {
            stored = (ObjectNode) LedgerApi.JSON.readTree(in);
        }
        appendStoredEvent(household, HouseholdAssessed.class, stored.put("householdId", household.toString()));
        JsonNode events = api.as("auditor").get(base(household) + "/history").json().get("events");
        String id = events.get(1).get("data").get("assessmentId").asText();
        String typo = assess(household, 2018, "2018-11-20", 6_000_000);

        LedgerApi.Response typoVoided = voiding(household, typo);

        assertThat(typoVoided.json().get("status").asText()).isEqualTo("POOR");
        assertThat(typoVoided.json().get("statusSince").asText()).isEqualTo("2017-11-20");
        events = api.as("auditor").get(base(household) + "/history").json().get("events");
        assertThat(events.get(events.size() - 1).get("data").get("assessmentId").asText()).as("restated").isEqualTo(id);
        JsonNode view = api.as("worker").header("X-Event-Position", String.valueOf(typoVoided.position())).get(base(household)).json();
        assertThat(view.get("status").asText()).isEqualTo("POOR");
        assertThat(view.get("lastAssessment").get("assessedOn").asText()).isEqualTo("2017-11-20");

        LedgerApi.Response voided = voiding(household, id);

        assertThat(voided.status()).as(voided.toString()).isEqualTo(200);
        view = api.as("worker").header("X-Event-Position", String.valueOf(voided.position())).get(base(household)).json();
        assertThat(view.get("status").isNull()).isTrue();
    }

    @Test
    void anAssessmentTheHouseholdDoesNotHaveIsNotFound() {
        UUID household = registerHousehold(HA_LAN);
        UUID other = registerHousehold(HA_LAN);
        String theirs = assess(other, 2018, "2018-11-20", 600_000);
        long before = eventCount();

        assertProblem(voiding(household, theirs), 404);
        assertProblem(voiding(household, UUID.randomUUID().toString()), 404);
        assertProblem(voiding(UUID.randomUUID(), theirs), 404);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void anAssessmentIsVoidedOnce() {
        UUID household = registerHousehold(HA_LAN);
        assess(household, 2017, "2017-11-20", 600_000);
        String typo = assess(household, 2018, "2018-11-20", 6_000_000);
        assertThat(voiding(household, typo).status()).isEqualTo(200);
        long before = eventCount();

        assertRuleViolation(voiding(household, typo), "ASSESSMENT_ALREADY_VOIDED");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aClosedCaseVoidsNothing() {
        UUID household = registerHousehold(HA_LAN);
        String assessed = assess(household, 2018, "2018-11-20", 600_000);
        assertThat(api.as("worker").post(base(household) + "/closure", Map.of("reason", "MOVED_AWAY", "date", "2018-12-01"))
                .status()).isEqualTo(200);
        long before = eventCount();

        assertRuleViolation(voiding(household, assessed), "HOUSEHOLD_CLOSED");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aVoidingSaysWhyAndComesFromAWorkerOfTheCommune() {
        UUID household = registerHousehold(HA_LAN);
        String assessed = assess(household, 2018, "2018-11-20", 600_000);
        String path = base(household) + "/assessments/" + assessed + "/voiding";
        long before = eventCount();

        assertInvalid(api.as("worker").post(path, Map.of("reason", " ")), "reason");
        assertInvalid(api.as("worker").post(path, Map.of()), "reason");
        assertProblem(api.as("worker").post(base(household) + "/assessments/not-an-id/voiding", REASON), 400);
        assertProblem(api.as("other").post(path, REASON), 403);
        for (String account : List.of("auditor", "committee", "admin")) {
            assertProblem(api.as(account).post(path, REASON), 403);
        }
        assertProblem(api.anonymous().post(path, REASON), 401);
        assertThat(eventCount()).isEqualTo(before);
    }
}
