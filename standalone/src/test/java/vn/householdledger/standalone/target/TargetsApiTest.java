package vn.householdledger.standalone.target;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/**
 * The district's targets and the communes' plans against what is true now. The database is shared
 * with other tests, so each test uses a year of its own and measures what its households add.
 */
class TargetsApiTest extends ApiTest {

    private static final List<String> ALL_CODES = List.of("NEAR_POOR_PERSONS_INSURED", "POOR_IN_SOLID_HOUSING",
            "POOR_WITH_ENOUGH_AREA", "POOR_WITH_SANITARY_TOILET", "POOR_WITH_HYGIENIC_WATER", "POOR_WITH_INFORMATION_ACCESS",
            "CHILDREN_IN_SCHOOL");

    private static Map<String, Object> targets(Object... codesAndValues) {
        List<Map<String, Object>> targets = new ArrayList<>();
        for (int i = 0; i < codesAndValues.length; i += 2) {
            Map<String, Object> target = new LinkedHashMap<>();
            target.put("code", codesAndValues[i]);
            target.put("value", codesAndValues[i + 1]);
            targets.add(target);
        }
        return Map.of("targets", targets);
    }

    private static List<JsonNode> entries(LedgerApi.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return StreamSupport.stream(response.json().get("targets").spliterator(), false).toList();
    }

    private static JsonNode entry(List<JsonNode> entries, String code, String scope) {
        return entries.stream().filter(e -> e.get("code").asText().equals(code) && e.get("scope").asText().equals(scope))
                .findFirst().orElseThrow(() -> new AssertionError("No " + code + " for " + scope + " in " + entries));
    }

    /** Registers a household of {@code commune} and assesses it in the review of 2017 (standard 2016–2020). */
    private UUID assessed(String commune, long income, List<String> deprivations) {
        UUID household = registerHousehold(commune);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", 2017);
        body.put("assessedOn", "2017-11-20");
        body.put("incomePerCapitaMonthly", income);
        body.put("deprivations", deprivations);
        body.put("causes", List.of("LACK_CAPITAL"));
        body.put("hasWorkingMember", true);
        LedgerApi.Response response = api.as("worker").post("/api/households/" + household + "/assessments", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return household;
    }

    @Test
    void anAdminSetsTheYearsTargetsAndALaterSettingReplacesThem() {
        LedgerApi.Response set = api.as("admin").put("/api/targets/2090",
                targets("POOR_IN_SOLID_HOUSING", 85.5, "CHILDREN_IN_SCHOOL", 90));

        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().get("year").asInt()).isEqualTo(2090);
        assertThat(set.json().get("targets")).hasSize(2);
        assertThat(set.json().get("targets").get(0).get("code").asText()).isEqualTo("POOR_IN_SOLID_HOUSING");
        assertThat(set.json().get("targets").get(0).get("value").decimalValue()).isEqualByComparingTo("85.5");
        List<JsonNode> read = entries(api.as("committee").header("X-Event-Position", Long.toString(set.position()))
                .get("/api/targets/2090"));
        assertThat(read).extracting(e -> e.get("code").asText()).containsExactly("POOR_IN_SOLID_HOUSING", "CHILDREN_IN_SCHOOL");
        assertThat(entry(read, "POOR_IN_SOLID_HOUSING", "DISTRICT").get("target").decimalValue()).isEqualByComparingTo("85.5");

        LedgerApi.Response replaced = api.as("admin").put("/api/targets/2090", targets("CHILDREN_IN_SCHOOL", 95.25));
        assertThat(replaced.status()).isEqualTo(200);
        List<JsonNode> after = entries(api.as("auditor").consistent().get("/api/targets/2090"));
        assertThat(after).extracting(e -> e.get("code").asText()).containsExactly("CHILDREN_IN_SCHOOL");
        assertThat(after.get(0).get("target").decimalValue()).isEqualByComparingTo("95.25");
    }

    @Test
    void settingTheSameTargetsAgainWritesNothing() {
        Map<String, Object> body = targets("POOR_WITH_ENOUGH_AREA", 70);
        long position = api.as("admin").put("/api/targets/2094", body).position();
        long before = eventCount();

        LedgerApi.Response again = api.as("admin").put("/api/targets/2094", targets("POOR_WITH_ENOUGH_AREA", "70.00"));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.position()).isEqualTo(position);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void invalidTargetsAreRefusedFieldByFieldAndWriteNothing() {
        long before = eventCount();

        assertRefused(targets("POOR_IN_SOLID_HOUSING", 80, "NO_SUCH_TARGET", 10), "targets[1].code");
        assertRefused(targets("POOR_IN_SOLID_HOUSING", 100.5), "targets[0].value");
        assertRefused(targets("POOR_IN_SOLID_HOUSING", -1), "targets[0].value");
        assertRefused(targets("POOR_IN_SOLID_HOUSING", 33.333), "targets[0].value");
        assertRefused(targets("CHILDREN_IN_SCHOOL", 90, "CHILDREN_IN_SCHOOL", 95), "targets[1].code");
        assertRefused(targets("CHILDREN_IN_SCHOOL", null), "targets[0].value");
        assertRefused(Map.of(), "targets");

        assertThat(eventCount()).isEqualTo(before);
        assertThat(entries(api.as("committee").consistent().get("/api/targets/2091"))).isEmpty();
    }

    private void assertRefused(Map<String, Object> body, String field) {
        LedgerApi.Response refused = api.as("admin").put("/api/targets/2091", body);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("errors")).extracting(e -> e.get("field").asText()).contains(field);
    }

    @Test
    void onlyAdminsSetTargetsAndOnlyReadersOfListsReadThem() {
        long before = eventCount();
        Map<String, Object> body = targets("CHILDREN_IN_SCHOOL", 90);
        for (String account : List.of("worker", "auditor", "committee")) {
            assertThat(api.as(account).put("/api/targets/2092", body).status()).as(account).isEqualTo(403);
        }
        assertThat(api.anonymous().put("/api/targets/2092", body).status()).isEqualTo(401);
        assertThat(eventCount()).isEqualTo(before);

        for (String account : List.of("worker", "auditor", "committee")) {
            assertThat(api.as(account).get("/api/targets/2092").status()).as(account).isEqualTo(200);
        }
        assertThat(api.as("admin").get("/api/targets/2092").status()).isEqualTo(403);
        assertThat(api.as("committee").get("/api/targets/1800").status()).isEqualTo(400);
    }

    @Test
    void districtValuesCountTheOpenCasesByTheirLatestAssessment() {
        List<Object> codesAndValues = new ArrayList<>();
        ALL_CODES.forEach(code -> {
            codesAndValues.add(code);
            codesAndValues.add(50);
        });
        assertThat(api.as("admin").put("/api/targets/2093", targets(codesAndValues.toArray())).status()).isEqualTo(200);
        List<JsonNode> before = entries(api.as("committee").consistent().get("/api/targets/2093"));
        assertThat(before).extracting(e -> e.get("code").asText()).containsExactlyElementsOf(ALL_CODES);

        assessed(HA_LAN, 500_000, List.of("HOUSING_QUALITY", "SANITARY_TOILET", "INFORMATION_ASSETS")); // poor
        assessed(BAC_SON, 500_000, List.of("DRINKING_WATER"));                                        // poor
        UUID nearPoor = assessed(HA_LAN, 800_000, List.of("CHILD_SCHOOLING"));                        // near-poor
        assessed(HA_LAN, 2_000_000, List.of("HOUSING_AREA"));                                         // not poor
        UUID closed = assessed(HA_LAN, 500_000, List.of("HOUSING_AREA"));                             // poor, then closed
        assertThat(api.as("worker").post("/api/households/" + closed + "/closure",
                Map.of("reason", "MOVED_AWAY", "date", "2018-05-01")).status()).isEqualTo(200);

        // One of the near-poor household's two members holds a card valid today.
        String member = api.as("worker").consistent().get("/api/households/" + nearPoor).json().get("members").get(0)
                .get("memberId").asText();
        LocalDate today = LocalDate.now(vn.householdledger.api.time.BusinessCalendar.VIETNAM);
        assertThat(api.as("worker").post("/api/households/" + nearPoor + "/health-insurance", Map.of("memberId", member,
                "cardNumber", "CN338" + uniqueNationalId().substring(0, 10), "validFrom", today.minusMonths(6).toString(),
                "validTo", today.plusMonths(6).toString(), "stateSubsidyPercent", 70, "fundingSource", "Ngân sách")).status())
                .isEqualTo(201);

        List<JsonNode> after = entries(api.as("committee").consistent().get("/api/targets/2093"));
        assertAdded(before, after, "POOR_IN_SOLID_HOUSING", 1, 2);
        assertAdded(before, after, "POOR_WITH_ENOUGH_AREA", 2, 2);
        assertAdded(before, after, "POOR_WITH_SANITARY_TOILET", 1, 2);
        assertAdded(before, after, "POOR_WITH_HYGIENIC_WATER", 1, 2);
        assertAdded(before, after, "POOR_WITH_INFORMATION_ACCESS", 1, 2);
        assertAdded(before, after, "CHILDREN_IN_SCHOOL", 2, 3);

        assertAdded(before, after, "NEAR_POOR_PERSONS_INSURED", 1, 2);
    }

    /** The share grew by {@code count} of {@code base}; actual is its percentage and met compares it with the target. */
    private static void assertAdded(List<JsonNode> before, List<JsonNode> after, String code, long count, long base) {
        JsonNode was = entry(before, code, "DISTRICT");
        JsonNode now = entry(after, code, "DISTRICT");
        assertThat(now.get("count").asLong()).as(code).isEqualTo(was.get("count").asLong() + count);
        assertThat(now.get("base").asLong()).as(code).isEqualTo(was.get("base").asLong() + base);
        BigDecimal percent = BigDecimal.valueOf(now.get("count").asLong() * 100)
                .divide(BigDecimal.valueOf(now.get("base").asLong()), 2, RoundingMode.HALF_UP);
        assertThat(now.get("actual").decimalValue()).as(code).isEqualByComparingTo(percent);
        assertThat(now.get("met").asBoolean()).as(code).isEqualTo(percent.compareTo(BigDecimal.valueOf(50)) >= 0);
    }

    @Test
    void eachCommunesPlanComparesItsPoorHouseholdsNowWithTheYearsTarget() {
        api.as("admin").put("/api/communes/" + HA_LAN + "/years/2095", Map.of("households", 5000, "poorTargetEndOfYear", 5000));
        api.as("admin").put("/api/communes/" + QUANG_TRUNG + "/years/2095", Map.of("households", 900, "poorTargetEndOfYear", 20));
        long poorNow = entry(entries(api.as("committee").consistent().get("/api/targets/2095")), "POOR_HOUSEHOLDS", HA_LAN)
                .get("actual").asLong();
        api.as("admin").put("/api/communes/" + HA_LAN + "/years/2095", Map.of("households", 5000, "poorTargetEndOfYear", poorNow));

        JsonNode onTarget = entry(entries(api.as("committee").consistent().get("/api/targets/2095")), "POOR_HOUSEHOLDS", HA_LAN);
        assertThat(onTarget.get("target").asLong()).isEqualTo(poorNow);
        assertThat(onTarget.get("met").asBoolean()).isTrue();

        assessed(HA_LAN, 500_000, List.of());
        List<JsonNode> committee = entries(api.as("committee").consistent().get("/api/targets/2095"));
        JsonNode overTarget = entry(committee, "POOR_HOUSEHOLDS", HA_LAN);
        assertThat(overTarget.get("actual").asLong()).isEqualTo(poorNow + 1);
        assertThat(overTarget.get("met").asBoolean()).isFalse();
        assertThat(committee).extracting(e -> e.get("scope").asText()).containsExactly(HA_LAN, QUANG_TRUNG);

        assertThat(entries(api.as("worker").get("/api/targets/2095"))).extracting(e -> e.get("scope").asText())
                .containsExactly(HA_LAN);
        assertThat(entries(api.as("other").get("/api/targets/2095"))).extracting(e -> e.get("scope").asText())
                .containsExactly(QUANG_TRUNG);
    }
}
