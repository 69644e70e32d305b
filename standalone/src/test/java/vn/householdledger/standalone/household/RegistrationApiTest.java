package vn.householdledger.standalone.household;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

class RegistrationApiTest extends ApiTest {

    @Test
    void aRegisteredHouseholdIsReadBackWithItsMembersAndHistory() {
        String code = uniqueCode("HL");
        LedgerApi.Response created = api.as("worker").post("/api/households", household(HA_LAN, code));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.position()).isPositive();
        String id = created.json().get("householdId").asText();
        assertThat(created.json().get("memberIds")).hasSize(2);

        JsonNode view = api.as("worker").header("X-Event-Position", String.valueOf(created.position()))
                .get("/api/households/" + id).json();
        assertThat(view.get("code").asText()).isEqualTo(code);
        assertThat(view.get("communeCode").asText()).isEqualTo(HA_LAN);
        assertThat(view.get("headName").asText()).isEqualTo("Nguyễn Văn Hùng");
        assertThat(view.get("members")).hasSize(2);

        JsonNode history = api.as("auditor").get("/api/households/" + id + "/history").json();
        assertThat(history.get("events")).hasSize(1);
        JsonNode registered = history.get("events").get(0);
        assertThat(registered.get("type").asText()).isEqualTo("HouseholdRegistered");
        assertThat(registered.get("recordedBy").asText()).isEqualTo("worker");
        assertThat(registered.get("data").get("code").asText()).isEqualTo(code);
    }

    @Test
    void aHouseholdWithoutAHeadIsRefusedAndWritesNothing() {
        Map<String, Object> body = household(HA_LAN, uniqueCode("HL"));
        body.put("members", List.of(member("Trần Thị Mai", "FEMALE", "1971-09-30", "SPOUSE", null)));
        long before = eventCount();

        LedgerApi.Response refused = api.as("worker").post("/api/households", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("members");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void anUnknownHouseholdIsNotFound() {
        assertThat(api.as("worker").get("/api/households/" + UUID.randomUUID()).status()).isEqualTo(404);
    }
}
