package vn.householdledger.standalone.household;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.Problems.assertInvalid;
import static vn.householdledger.standalone.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.householdledger.events.household.MemberJoined;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/**
 * A member's ethnic group, disability and meritorious service over HTTP: given at registration and at
 * joining, corrected by {@code POST …/members/{memberId}/attributes}, shown in {@code GET /api/households/{id}}
 * with what the reports upward count of the household; a member stored before the attributes existed reads
 * as unknown, never as no, and can be corrected.
 */
class MemberAttributesApiTest extends ApiTest {

    private static Map<String, Object> withAttributes(Map<String, Object> member, String ethnicity, String disability, String merit) {
        member.put("ethnicity", ethnicity);
        member.put("disability", disability);
        member.put("meritoriousService", merit);
        return member;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> memberOf(Map<String, Object> household, int index) {
        return ((List<Map<String, Object>>) household.get("members")).get(index);
    }

    private static JsonNode memberNamed(JsonNode household, String name) {
        for (JsonNode member : household.get("members")) {
            if (member.get("fullName").asText().equals(name)) {
                return member;
            }
        }
        throw new AssertionError("No member " + name + " in " + household);
    }

    @Test
    void attributesGivenAtRegistrationAndJoiningAndCorrectedLaterAreShownWithTheHouseholdsTraits() {
        Map<String, Object> body = household(HA_LAN, uniqueCode("ATT"));
        withAttributes(memberOf(body, 0), "06", "NO", "YES");
        memberOf(body, 0).put("sex", "FEMALE");
        LedgerApi.Response registered = api.as("worker").post("/api/households", body);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String household = registered.json().get("householdId").asText();
        String spouse = registered.json().get("memberIds").get(1).asText();

        JsonNode view = api.as("worker").consistent().get("/api/households/" + household).json();
        JsonNode head = memberNamed(view, "Nguyễn Văn Hùng");
        assertThat(head.get("ethnicity").asText()).isEqualTo("06");
        assertThat(head.get("ethnicityName").asText()).isEqualTo("Mường");
        assertThat(head.get("disability").asText()).isEqualTo("NO");
        assertThat(head.get("meritoriousService").asText()).isEqualTo("YES");
        JsonNode wife = memberNamed(view, "Trần Thị Mai");
        assertThat(wife.get("ethnicity").isNull()).as("not given: not recorded").isTrue();
        assertThat(wife.get("disability").asText()).isEqualTo("UNKNOWN");
        assertThat(view.get("traits").get("femaleHeaded").asText()).isEqualTo("YES");
        assertThat(view.get("traits").get("ethnicMinority").asText()).isEqualTo("YES");
        assertThat(view.get("traits").get("disability").asText()).as("no one says yes, one does not say").isEqualTo("UNKNOWN");
        assertThat(view.get("traits").get("meritoriousService").asText()).isEqualTo("YES");

        Map<String, Object> child = withAttributes(member("Nguyễn Văn Tí", "MALE", "2015-02-02", "CHILD", null), "6", "YES", "NO");
        assertInvalid(api.as("worker").post("/api/households/" + household + "/members", child), "ethnicity");
        child.put("ethnicity", "06");
        LedgerApi.Response joined = api.as("worker").post("/api/households/" + household + "/members", child);
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);

        LedgerApi.Response corrected = api.as("worker").post("/api/households/" + household + "/members/" + spouse + "/attributes",
                Map.of("ethnicity", "01", "disability", "NO", "meritoriousService", "NO", "correctedOn", "2019-05-05"));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json().get("memberId").asText()).isEqualTo(spouse);

        view = api.as("worker").header("X-Event-Position", String.valueOf(corrected.position())).get("/api/households/" + household).json();
        assertThat(memberNamed(view, "Nguyễn Văn Tí").get("disability").asText()).isEqualTo("YES");
        assertThat(memberNamed(view, "Trần Thị Mai").get("ethnicityName").asText()).isEqualTo("Kinh");
        assertThat(view.get("traits").get("disability").asText()).isEqualTo("YES");
        JsonNode history = api.as("auditor").get("/api/households/" + household + "/history").json().get("events");
        assertThat(history.findValuesAsText("type")).contains("MemberAttributesCorrected");
    }

    @Test
    void aRefusedCorrectionWritesNothing() {
        LedgerApi.Response registered = api.as("worker").post("/api/households", household(HA_LAN, uniqueCode("ATT")));
        String household = registered.json().get("householdId").asText();
        String head = registered.json().get("memberIds").get(0).asText();
        String path = "/api/households/" + household + "/members/" + head + "/attributes";
        long before = eventCount();

        assertInvalid(api.as("worker").post(path, Map.of("ethnicity", "55")), "ethnicity");
        assertInvalid(api.as("worker").post(path, Map.of("disability", "MAYBE")), "disability");
        assertInvalid(api.as("worker").post(path, Map.of("correctedOn", "2999-01-01")), "correctedOn");
        assertInvalid(api.as("worker").post("/api/households/" + household + "/members/" + UUID.randomUUID() + "/attributes",
                Map.of("ethnicity", "01")), "memberId");
        assertProblem(api.as("other").post(path, Map.of("ethnicity", "01")), 403);
        assertProblem(api.as("auditor").post(path, Map.of("ethnicity", "01")), 403);
        assertProblem(api.as("worker").post("/api/households/" + UUID.randomUUID() + "/members/" + head + "/attributes",
                Map.of("ethnicity", "01")), 404);

        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aMemberStoredBeforeTheAttributesExistedReadsAsUnknownAndCanBeCorrected() {
        UUID household = registerHousehold(HA_LAN);
        UUID child = UUID.randomUUID();
        ObjectNode joined = LedgerApi.JSON.createObjectNode().put("householdId", household.toString()).put("joinedOn", "2017-10-05");
        joined.putObject("member").put("memberId", child.toString()).put("fullName", "Nguyễn Thị Cũ").put("sex", "FEMALE")
                .put("birthDate", "2017-09-30").put("relation", "CHILD").putNull("nationalId");
        appendStoredEvent(household, MemberJoined.class, joined);

        JsonNode old = memberNamed(api.as("worker").consistent().get("/api/households/" + household).json(), "Nguyễn Thị Cũ");
        assertThat(old.get("ethnicity").isNull()).isTrue();
        assertThat(old.get("disability").asText()).isEqualTo("UNKNOWN");
        assertThat(old.get("meritoriousService").asText()).isEqualTo("UNKNOWN");

        LedgerApi.Response corrected = api.as("worker").post("/api/households/" + household + "/members/" + child + "/attributes",
                Map.of("ethnicity", "03", "disability", "NO", "meritoriousService", "NO"));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        JsonNode now = memberNamed(api.as("worker").header("X-Event-Position", String.valueOf(corrected.position()))
                .get("/api/households/" + household).json(), "Nguyễn Thị Cũ");
        assertThat(now.get("ethnicityName").asText()).isEqualTo("Thái");
        assertThat(now.get("disability").asText()).isEqualTo("NO");
    }
}
