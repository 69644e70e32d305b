package vn.householdledger.standalone.household;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/**
 * {@code GET /api/households}: the households of the caller's communes, found by code, head's name, village
 * or national id, ignoring case, accents and Unicode form, in the order of their heads' names as Vietnamese
 * sorts them.
 */
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

    @Test
    void findsTheAccentedNameWithoutAccentsInAnyCaseAndAnyUnicodeForm() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String village = "Thôn Ước " + suffix;
        String code = register("Nguyễn Văn Đạt", village);

        for (String query : List.of("nguyen van dat", "NGUYEN", "dat", "Nguyễn Văn Đạt",
                Normalizer.normalize("Nguyễn Văn Đạt", Normalizer.Form.NFD), Normalizer.normalize("ĐẠT", Normalizer.Form.NFD))) {
            assertThat(codes("worker", "q=" + encode(query) + "&commune=HA_LAN")).as(query).contains(code);
        }
        assertThat(codes("worker", "q=" + encode("THON UOC " + suffix.toUpperCase()))).containsExactly(code);
        assertThat(codes("worker", "q=" + encode(code.toLowerCase()))).containsExactly(code);
        assertThat(codes("worker", "q=" + encode("nguyen van dung") + "&commune=HA_LAN")).doesNotContain(code);
    }

    @Test
    void headsAreInTheOrderVietnameseSortsTheirNames() {
        String village = "Thôn Sắp " + UUID.randomUUID().toString().substring(0, 8);
        for (String head : List.of("Đặng Văn Bình", "Dương Thị An", "Ân Văn Cả", "Anh Thị Ba")) {
            register(head, village);
        }
        LedgerApi.Response response = api.as("worker").consistent().get("/api/households?q=" + encode(village));
        assertThat(StreamSupport.stream(response.json().get("items").spliterator(), false).map(item -> item.get("headName").asText()))
                .containsExactly("Anh Thị Ba", "Ân Văn Cả", "Dương Thị An", "Đặng Văn Bình");
    }

    private String register(String head, String village) {
        String code = uniqueCode("FIND");
        Map<String, Object> body = household(HA_LAN, code);
        body.put("village", village);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> members = (List<Map<String, Object>>) body.get("members");
        members.get(0).put("fullName", head);
        assertThat(api.as("worker").post("/api/households", body).status()).isEqualTo(201);
        return code;
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
