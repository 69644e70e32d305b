package vn.householdledger.standalone.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.Problems.assertProblem;
import static vn.householdledger.standalone.Problems.assertRuleViolation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/**
 * The lookups are rebuilt from the event store: deleted whole, they come back row for row, in the
 * store's order (national ids freed by a departure and a closure are held again by households
 * registered later), and the rules that span households refuse again what they refused before.
 */
class LookupRebuildApiTest extends ApiTest {

    private static final String REBUILD = "/api/admin/lookups/rebuild";
    private static final String REGISTER = "/api/households";

    @Test
    void aRebuildRestoresEveryLookupRowAndTheRulesHoldAgain() {
        String commune = uniqueCommuneCode();
        ensureCommune(commune, "Xã Đông Sơn", "COMMUNE", "URBAN");
        String freedByDeparture = uniqueNationalId();
        Map<String, Object> departing = household(HA_LAN, uniqueCode("LK"));
        memberOf(departing, 1).put("nationalId", freedByDeparture);
        JsonNode first = created(api.as("worker").post(REGISTER, departing));
        ok(api.as("worker").post("/api/households/" + first.get("householdId").asText() + "/members/"
                + first.get("memberIds").get(1).asText() + "/departure", Map.of("reason", "MARRIED_OUT", "date", "2018-05-20")));
        Map<String, Object> marrying = household(HA_LAN, uniqueCode("LK"));
        memberOf(marrying, 1).put("nationalId", freedByDeparture);
        JsonNode second = created(api.as("worker").post(REGISTER, marrying));
        ok(api.as("worker").post("/api/households/" + second.get("householdId").asText() + "/transfer",
                Map.of("toCommuneCode", BAC_SON, "date", "2018-07-01")));
        Map<String, Object> closing = household(HA_LAN, uniqueCode("LK"));
        JsonNode third = created(api.as("worker").post(REGISTER, closing));
        ok(api.as("worker").post("/api/households/" + third.get("householdId").asText() + "/closure",
                Map.of("reason", "MOVED_AWAY", "date", "2018-08-01")));
        Map<String, Object> movingIn = household(BAC_SON, uniqueCode("LK"));
        memberOf(movingIn, 0).put("nationalId", memberOf(closing, 0).get("nationalId"));
        JsonNode fourth = created(api.as("worker").post(REGISTER, movingIn));
        String joiningId = uniqueNationalId();
        created(api.as("worker").post("/api/households/" + fourth.get("householdId").asText() + "/members",
                member("Trần Văn Nam", "MALE", "2001-02-03", "CHILD", joiningId)));
        Map<String, List<String>> before = LookupRows.of(jdbc);
        assertThat(before.get("national_id_holder")).anySatisfy(row -> assertThat(row).contains(freedByDeparture)
                .contains(second.get("householdId").asText()));

        LookupRows.deleteAll(jdbc);
        LedgerApi.Response rebuilt = api.as("admin").post(REBUILD, Map.of());

        assertThat(rebuilt.status()).as(rebuilt.toString()).isEqualTo(200);
        assertThat(rebuilt.json().get("position").asLong())
                .isEqualTo(jdbc.queryForObject("SELECT max(global_index) FROM event_store.domain_event_entry", Long.class));
        assertThat(rebuilt.json().get("replayed").asLong()).isPositive();
        assertThat(LookupRows.of(jdbc)).isEqualTo(before);

        long events = eventCount();
        assertRuleViolation(api.as("worker").post(REGISTER, household(HA_LAN, first.get("code").asText())), "DUPLICATE_CODE");
        Map<String, Object> taken = household(HA_LAN, uniqueCode("LK"));
        memberOf(taken, 0).put("nationalId", joiningId);
        assertRuleViolation(api.as("worker").post(REGISTER, taken), "DUPLICATE_NATIONAL_ID");
        assertRuleViolation(api.as("admin").post("/api/communes", Map.of("code", commune, "name", "Xã Đông Sơn",
                "kind", "COMMUNE", "area", "URBAN")), "DUPLICATE_CODE");
        assertThat(eventCount()).isEqualTo(events);
        // Where the household is now decides who may write to it.
        created(api.as("worker").post("/api/households/" + second.get("householdId").asText() + "/members",
                member("Lê Văn Tư", "MALE", "2010-01-01", "CHILD", null)));
        assertProblem(api.as("other").post("/api/households/" + second.get("householdId").asText() + "/members",
                member("Lê Văn Tư", "MALE", "2010-01-01", "CHILD", null)), 403);
    }

    @Test
    void onlyAnAdminRebuildsTheLookups() {
        for (String account : List.of("worker", "auditor", "committee")) {
            assertProblem(api.as(account).post(REBUILD, Map.of()), 403);
        }
        assertThat(api.anonymous().post(REBUILD, Map.of()).status()).isEqualTo(401);
    }

    private static JsonNode created(LedgerApi.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    private static void ok(LedgerApi.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> memberOf(Map<String, Object> body, int index) {
        return (Map<String, Object>) ((List<Object>) body.get("members")).get(index);
    }
}
