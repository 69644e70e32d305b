package vn.householdledger.standalone.commune;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.Bodies.json;
import static vn.householdledger.standalone.Problems.assertRefused;
import static vn.householdledger.standalone.Problems.assertRuleViolation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/** The reference data of admins: POST /api/communes, PUT /api/communes/{code}/years/{year}, GET /api/communes. */
class CommuneApiTest extends ApiTest {

    @Test
    void anAdminRegistersACommuneThatTheListThenShows() {
        String code = uniqueCommuneCode();
        LedgerApi.Response created = api.as("admin").post("/api/communes",
                Map.of("code", code, "name", "Phường Ngọc Trạo", "kind", "WARD", "area", "URBAN"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("code").asText()).isEqualTo(code);
        assertThat(created.position()).isPositive();

        JsonNode item = commune(api.as("committee").consistent().get("/api/communes"), code);
        assertThat(item.get("name").asText()).isEqualTo("Phường Ngọc Trạo");
        assertThat(item.get("kind").asText()).isEqualTo("WARD");
        assertThat(item.get("area").asText()).isEqualTo("URBAN");
        assertThat(item.get("registeredOn").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(item.get("years")).isEmpty();
    }

    @Test
    void aCommuneCodeIsRegisteredOnce() {
        String code = uniqueCommuneCode();
        Map<String, String> body = Map.of("code", code, "name", "Xã Hà Lan", "kind", "COMMUNE", "area", "RURAL");
        assertThat(api.as("admin").post("/api/communes", body).status()).isEqualTo(201);
        long before = eventCount();

        assertRuleViolation(api.as("admin").post("/api/communes", Map.of("code", code, "name", "Another name",
                "kind", "WARD", "area", "URBAN")), "DUPLICATE_CODE");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void theYearsPlanIsShownAndALaterPlanForTheSameYearReplacesIt() {
        String code = uniqueCommuneCode();
        api.as("admin").post("/api/communes", Map.of("code", code, "name", "Xã Quang Trung", "kind", "COMMUNE", "area", "RURAL"));

        LedgerApi.Response planned = api.as("admin").put("/api/communes/" + code + "/years/2018",
                Map.of("households", 2036, "poorTargetEndOfYear", 40));
        assertThat(planned.status()).isEqualTo(200);
        assertThat(planned.json().get("households").asInt()).isEqualTo(2036);
        assertThat(planned.json().get("poorTargetEndOfYear").asInt()).isEqualTo(40);
        long first = planned.position();

        LedgerApi.Response replanned = api.as("admin").put("/api/communes/" + code + "/years/2018",
                Map.of("households", 2040, "poorTargetEndOfYear", 38));
        assertThat(replanned.position()).isGreaterThan(first);
        api.as("admin").put("/api/communes/" + code + "/years/2019", Map.of("households", 2050, "poorTargetEndOfYear", 30));

        JsonNode years = commune(api.as("worker").consistent().get("/api/communes"), code).get("years");
        assertThat(years).hasSize(2);
        assertThat(years.get(0).get("year").asInt()).isEqualTo(2018);
        assertThat(years.get(0).get("households").asInt()).isEqualTo(2040);
        assertThat(years.get(0).get("poorTargetEndOfYear").asInt()).isEqualTo(38);
        assertThat(years.get(1).get("year").asInt()).isEqualTo(2019);
    }

    /** A refused request, what it answers and the field (400) or rule code (409) it names. */
    record Refusal(String name, String method, String path, Object body, int status, String detail) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Refusal> refusals() {
        return Stream.of(
                new Refusal("a lower-case code", "POST", "/api/communes",
                        Map.of("code", "ha_lan", "name", "Xã Hà Lan", "kind", "COMMUNE", "area", "RURAL"), 400, "code"),
                new Refusal("an unknown kind", "POST", "/api/communes",
                        Map.of("code", "TOWN_X", "name", "Thị xã", "kind", "TOWN", "area", "URBAN"), 400, "kind"),
                new Refusal("no area", "POST", "/api/communes",
                        Map.of("code", "NO_AREA", "name", "Xã", "kind", "COMMUNE"), 400, "area"),
                new Refusal("a blank name", "POST", "/api/communes",
                        Map.of("code", "BLANK_NAME", "name", " ", "kind", "COMMUNE", "area", "RURAL"), 400, "name"),
                new Refusal("a body that is not JSON", "POST", "/api/communes", "{code: HA_LAN", 400, null),
                new Refusal("a target above the households", "PUT", "/api/communes/HA_LAN/years/2018",
                        Map.of("households", 100, "poorTargetEndOfYear", 101), 400, "poorTargetEndOfYear"),
                new Refusal("negative households", "PUT", "/api/communes/HA_LAN/years/2018",
                        Map.of("households", -1, "poorTargetEndOfYear", 0), 400, "households"),
                new Refusal("households that are not a number", "PUT", "/api/communes/HA_LAN/years/2018",
                        Map.of("households", "many", "poorTargetEndOfYear", 0), 400, "households"),
                new Refusal("no target", "PUT", "/api/communes/HA_LAN/years/2018",
                        Map.of("households", 100), 400, "poorTargetEndOfYear"),
                new Refusal("a year out of range", "PUT", "/api/communes/HA_LAN/years/1800",
                        Map.of("households", 100, "poorTargetEndOfYear", 10), 400, "year"),
                new Refusal("a year that is not a number", "PUT", "/api/communes/HA_LAN/years/next",
                        Map.of("households", 100, "poorTargetEndOfYear", 10), 400, "year"),
                new Refusal("a malformed commune code", "PUT", "/api/communes/ha-lan/years/2018",
                        Map.of("households", 100, "poorTargetEndOfYear", 10), 400, "code"),
                new Refusal("an unknown commune", "PUT", "/api/communes/NO_SUCH_COMMUNE/years/2018",
                        Map.of("households", 100, "poorTargetEndOfYear", 10), 404, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void badReferenceDataIsRefusedAndWritesNothing(Refusal refusal) {
        long before = eventCount();

        LedgerApi.Response response = api.as("admin").send(refusal.method(), refusal.path(), json(refusal.body()));

        assertRefused(response, refusal.status(), refusal.detail());
        assertThat(eventCount()).isEqualTo(before);
    }

    private static JsonNode commune(LedgerApi.Response list, String code) {
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("total").asInt()).isEqualTo(list.json().get("items").size());
        for (JsonNode item : list.json().get("items")) {
            if (item.get("code").asText().equals(code)) {
                return item;
            }
        }
        throw new AssertionError("Commune " + code + " is not listed: " + list);
    }
}
