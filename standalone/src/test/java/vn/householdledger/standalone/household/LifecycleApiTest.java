package vn.householdledger.standalone.household;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.Bodies.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.household.AssessmentRequest;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.standalone.Bodies;
import vn.householdledger.testing.LedgerApi;

/** Assessments, pledges, transfers and closure over HTTP: each answer, each refusal, and what the reads show. */
class LifecycleApiTest extends ApiTest {

    private LedgerApi.Response assess(UUID household, AssessmentRequest body) {
        return api.as("worker").post("/api/households/" + household + "/assessments", body);
    }

    @Test
    void anAssessmentAnswersTheComputedClassificationAndTheReadsFollow() {
        UUID household = registerHousehold(BAC_SON);
        LedgerApi.Response poor = assess(household, assessment(2017, "2017-11-20", 850_000,
                List.of("HEALTH_INSURANCE"), List.of("LONG_ILLNESS", "LACK_CAPITAL"), false));

        assertThat(poor.status()).isEqualTo(201);
        assertThat(poor.json().get("classification").asText()).isEqualTo("POOR");
        assertThat(poor.json().get("standard").asText()).isEqualTo("VN_2016_2020");
        assertThat(poor.json().get("explanation").asText())
                .isEqualTo("Thu nhập 850.000 đ ≤ chuẩn nghèo thành thị 900.000 đ → hộ nghèo (theo thu nhập)");

        LedgerApi.Response escaped = assess(household, assessment(2018, "2018-11-20", 1_400_000, List.of(), List.of(), true));
        assertThat(escaped.json().get("classification").asText()).isEqualTo("NOT_POOR");
        assertThat(escaped.json().get("status").asText()).isEqualTo("NEWLY_ESCAPED");

        // Listed as newly escaped for 36 months from 2018-11-20, so today it is simply not poor.
        JsonNode view = api.as("worker").consistent().get("/api/households/" + household).json();
        assertThat(view.get("status").asText()).isEqualTo("NOT_POOR");
        assertThat(view.get("statusSince").asText()).isEqualTo("2021-11-20");
        assertThat(view.get("standard").asText()).isEqualTo("VN_2016_2020");
        assertThat(view.get("policyGroup").asText()).isEqualTo("POVERTY_REDUCTION");
        assertThat(view.get("lastAssessment").get("incomePerCapitaMonthly").asLong()).isEqualTo(1_400_000);

        List<String> types = StreamSupport.stream(api.as("auditor").get("/api/households/" + household + "/history")
                .json().get("events").spliterator(), false).map(e -> e.get("type").asText()).toList();
        assertThat(types).containsExactly("HouseholdRegistered", "HouseholdAssessed", "HouseholdBecamePoor",
                "HouseholdAssessed", "HouseholdEscapedPoverty");
    }

    @Test
    void aHouseholdThatLeftTheListsLastYearIsListedAsNewlyEscapedToday() {
        UUID household = registerHousehold(HA_LAN);
        int lastYear = java.time.LocalDate.now(vn.householdledger.api.time.BusinessCalendar.VIETNAM).getYear() - 1;
        List<String> three = List.of("HEALTH_INSURANCE", "HOUSING_QUALITY", "SANITARY_TOILET");
        assertThat(assess(household, assessment(lastYear - 1, (lastYear - 1) + "-12-01", 500_000, three, List.of(), true))
                .json().get("classification").asText()).isEqualTo("POOR");
        assess(household, assessment(lastYear, lastYear + "-12-01", 9_000_000, List.of(), List.of(), true));

        JsonNode view = api.as("worker").consistent().get("/api/households/" + household).json();
        assertThat(view.get("status").asText()).isEqualTo("NEWLY_ESCAPED");
        assertThat(view.get("statusSince").asText()).isEqualTo(lastYear + "-12-01");
    }

    @Test
    void refusedAssessmentsWriteNothing() {
        UUID household = registerHousehold(HA_LAN);
        long before = eventCount();

        LedgerApi.Response foreign = assess(household, assessment(2018, "2018-11-20", 600_000, List.of("DOMESTIC_WATER"), List.of(), true));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.json().get("errors").get(0).get("field").asText()).isEqualTo("deprivations");

        LedgerApi.Response causes = assess(household, assessment(2018, "2018-11-20", 600_000, List.of(),
                List.of("LACK_CAPITAL", "LACK_LAND", "LACK_JOBS"), true));
        assertThat(causes.status()).isEqualTo(409);
        assertThat(causes.json().get("code").asText()).isEqualTo("TOO_MANY_CAUSES");

        assertThat(assess(household, assessment(2018, "2099-11-20", 600_000, List.of(), List.of(), true)).status()).isEqualTo(400);
        assertThat(assess(household, assessment(2018, "2018-11-20", -5, List.of(), List.of(), true)).status()).isEqualTo(400);
        Map<String, Object> unknownCause = Bodies.fields(assessment(2018, "2018-11-20", 600_000, List.of(), List.of(), true));
        unknownCause.put("causes", List.of("NO_SUCH_CAUSE"));
        assertThat(api.as("worker").post("/api/households/" + household + "/assessments", unknownCause).status()).isEqualTo(400);
        assertThat(assess(UUID.randomUUID(), assessment(2018, "2018-11-20", 600_000, List.of(), List.of(), true)).status()).isEqualTo(404);
        assertThat(api.as("other").post("/api/households/" + household + "/assessments",
                assessment(2018, "2018-11-20", 600_000, List.of(), List.of(), true)).status()).isEqualTo(403);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aPoorHouseholdPledgesOnceAYear() {
        UUID household = registerHousehold(HA_LAN);
        int thisYear = java.time.LocalDate.now(vn.householdledger.api.time.BusinessCalendar.VIETNAM).getYear();
        String path = "/api/households/" + household + "/escape-pledges";
        assertThat(api.as("worker").post(path, Map.of("year", thisYear)).json().get("code").asText()).isEqualTo("NOT_ON_THE_LISTS");

        assess(household, assessment(thisYear - 1, (thisYear - 1) + "-12-01", 500_000, List.of(), List.of(), true));
        assertThat(api.as("worker").post(path, Map.of("year", thisYear)).status()).isEqualTo(201);
        LedgerApi.Response again = api.as("worker").post(path, Map.of("year", thisYear));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("ALREADY_PLEDGED");
        assertThat(api.as("worker").consistent().get("/api/households/" + household).json().get("pledgedYears").get(0).asInt())
                .isEqualTo(thisYear);
    }

    @Test
    void aTransferMovesTheCaseAndItsWorkers() {
        UUID household = registerHousehold(HA_LAN);
        String path = "/api/households/" + household + "/transfer";
        long before = eventCount();
        assertThat(api.as("worker").post(path, Map.of("toCommuneCode", HA_LAN, "date", "2018-05-01")).status()).isEqualTo(400);
        assertThat(api.as("worker").post(path, Map.of("toCommuneCode", "NOWHERE", "date", "2018-05-01")).status()).isEqualTo(400);
        assertThat(eventCount()).isEqualTo(before);

        assertThat(api.as("worker").post(path, Map.of("toCommuneCode", QUANG_TRUNG, "date", "2018-05-01")).status()).isEqualTo(200);

        assertThat(api.as("other").consistent().get("/api/households/" + household).json().get("communeCode").asText())
                .isEqualTo(QUANG_TRUNG);
        assertThat(api.as("worker").get("/api/households/" + household).status()).isEqualTo(403);
        assertThat(api.as("worker").post(path, Map.of("toCommuneCode", HA_LAN, "date", "2018-06-01")).status()).isEqualTo(403);
    }

    @Test
    void aClosedCaseKeepsItsHistoryAndTakesNoMoreCommands() {
        UUID household = registerHousehold(HA_LAN);
        String base = "/api/households/" + household;
        assertThat(api.as("worker").post(base + "/closure", Map.of("reason", "BOGUS", "date", "2018-05-01")).status()).isEqualTo(400);
        assertThat(api.as("worker").post(base + "/closure", Map.of("reason", "MOVED_AWAY", "date", "2018-05-01")).status()).isEqualTo(200);
        long before = eventCount();

        LedgerApi.Response refused = assess(household, assessment(2018, "2018-11-20", 600_000, List.of(), List.of(), true));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asText()).isEqualTo("HOUSEHOLD_CLOSED");
        assertThat(api.as("worker").post(base + "/closure", Map.of("reason", "OTHER", "date", "2018-05-02")).status()).isEqualTo(409);
        assertThat(eventCount()).isEqualTo(before);

        JsonNode view = api.as("worker").consistent().get(base).json();
        assertThat(view.get("closed").asBoolean()).isTrue();
        assertThat(view.get("closureReason").asText()).isEqualTo("MOVED_AWAY");
        assertThat(api.as("auditor").get(base + "/history").json().get("events")).hasSize(2);
    }

    @Test
    void theHeadDepartsNamingANewHead() {
        Map<String, Object> body = household(HA_LAN, uniqueCode("HL"));
        LedgerApi.Response created = api.as("worker").post("/api/households", body);
        UUID household = UUID.fromString(created.json().get("householdId").asText());
        List<String> members = new ArrayList<>();
        created.json().get("memberIds").forEach(m -> members.add(m.asText()));
        String departure = "/api/households/" + household + "/members/" + members.get(0) + "/departure";
        long before = eventCount();

        assertThat(api.as("worker").post(departure, Map.of("reason", "DIED", "date", "2018-03-01")).status()).isEqualTo(400);
        assertThat(eventCount()).isEqualTo(before);
        assertThat(api.as("worker").post(departure, Map.of("reason", "DIED", "date", "2018-03-01",
                "newHeadMemberId", members.get(1))).status()).isEqualTo(200);

        JsonNode view = api.as("worker").consistent().get("/api/households/" + household).json();
        assertThat(view.get("headName").asText()).isEqualTo("Trần Thị Mai");
        assertThat(view.get("formerMembers").get(0).get("departureReason").asText()).isEqualTo("DIED");
    }
}
