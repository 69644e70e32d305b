package vn.householdledger.standalone.household;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/** {@code GET /api/households}: the households of the caller's communes, found by code, head's name or national id. */
class HouseholdSearchApiTest extends ApiTest {

    @Test
    void findsByPartOfTheCodeOrTheHeadsNameAndByAWholeNationalId() {
        String code = uniqueCode("FIND");
        Map<String, Object> body = household(HA_LAN, code);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> members = (List<Map<String, Object>>) body.get("members");
        members.get(0).put("fullName", "Lương Văn Tìm");
        String nationalId = members.get(1).get("nationalId").toString();
        assertThat(api.as("worker").post("/api/households", body).status()).isEqualTo(201);

        assertThat(codes("worker", "q=" + code.substring(5).toLowerCase())).containsExactly(code);
        assertThat(codes("worker", "q=" + encode("văn tìm") + "&commune=HA_LAN")).contains(code);
        assertThat(codes("worker", "q=" + nationalId)).containsExactly(code);
        assertThat(codes("worker", "q=" + nationalId.substring(0, 6))).doesNotContain(code);
        assertThat(codes("auditor", "q=" + code)).containsExactly(code);
        JsonNode found = api.as("worker").consistent().get("/api/households?q=" + code).json().get("items").get(0);
        assertThat(found.get("headName").asText()).isEqualTo("Lương Văn Tìm");
        assertThat(found.get("status").isNull()).isTrue();
        assertThat(found.get("closed").asBoolean()).isFalse();
    }

    @Test
    void aWorkerFindsOnlyTheHouseholdsOfHerCommunesAndTheCommitteeNone() {
        String code = uniqueCode("FIND");
        assertThat(api.as("worker").post("/api/households", household(HA_LAN, code)).status()).isEqualTo(201);
        assertThat(codes("other", "q=" + code)).isEmpty();
        assertThat(api.as("other").get("/api/households?commune=HA_LAN").status()).isEqualTo(403);
        assertThat(api.as("committee").get("/api/households?q=" + code).status()).isEqualTo(403);
        assertThat(api.as("worker").get("/api/households?status=SOMETHING").status()).isEqualTo(400);
    }

    private List<String> codes(String account, String query) {
        LedgerApi.Response response = api.as(account).consistent().get("/api/households?" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return StreamSupport.stream(response.json().get("items").spliterator(), false)
                .map(item -> item.get("code").asText()).toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
