package vn.householdledger.standalone.household;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.Problems.assertRuleViolation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/**
 * A household's members over HTTP: POST /api/households, .../members, .../members/{memberId}/departure,
 * read back through GET /api/households/{id} and GET /api/households/{id}/history.
 */
class HouseholdLifeApiTest extends ApiTest {

    @Test
    void membersJoinAndDepartAndTheViewAndHistoryFollow() {
        UUID household = UUID.randomUUID();
        UUID head = UUID.randomUUID();
        UUID spouse = UUID.randomUUID();
        Map<String, Object> body = household(HA_LAN, uniqueCode("HL"));
        body.put("householdId", household);
        memberOf(body, 0).put("memberId", head);
        memberOf(body, 1).put("memberId", spouse);

        LedgerApi.Response registered = api.as("worker").post("/api/households", body);
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.json().get("householdId").asText()).isEqualTo(household.toString());
        assertThat(registered.json().get("memberIds").get(0).asText()).isEqualTo(head.toString());

        Map<String, Object> child = member("Nguyễn Thị Lan", "FEMALE", "2010-06-01", "CHILD", null);
        child.put("joinedOn", "2017-02-01");
        LedgerApi.Response joined = api.as("worker").post("/api/households/" + household + "/members", child);
        assertThat(joined.status()).isEqualTo(201);
        assertThat(joined.position()).isGreaterThan(registered.position());
        String childId = joined.json().get("memberId").asText();
        assertThat(joined.json().get("householdId").asText()).isEqualTo(household.toString());

        LedgerApi.Response spouseLeft = api.as("worker").post(
                "/api/households/" + household + "/members/" + spouse + "/departure",
                Map.of("reason", "MOVED_OUT", "date", "2018-01-15"));
        assertThat(spouseLeft.status()).isEqualTo(200);
        assertThat(spouseLeft.position()).isGreaterThan(joined.position());
        assertThat(spouseLeft.json().get("memberId").asText()).isEqualTo(spouse.toString());

        LedgerApi.Response headDied = api.as("worker").post(
                "/api/households/" + household + "/members/" + head + "/departure",
                Map.of("reason", "DIED", "date", "2018-03-02", "newHeadMemberId", childId));
        assertThat(headDied.status()).isEqualTo(200);

        JsonNode view = api.as("worker").header("X-Event-Position", String.valueOf(headDied.position()))
                .get("/api/households/" + household).json();
        assertThat(view.get("headName").asText()).isEqualTo("Nguyễn Thị Lan");
        assertThat(view.get("members")).hasSize(1);
        assertThat(view.get("members").get(0).get("memberId").asText()).isEqualTo(childId);
        assertThat(view.get("members").get(0).get("relation").asText()).isEqualTo("HEAD");
        assertThat(view.get("members").get(0).get("joinedOn").asText()).isEqualTo("2017-02-01");
        assertThat(view.get("formerMembers")).hasSize(2);
        assertThat(view.get("formerMembers").findValuesAsText("departureReason")).containsExactlyInAnyOrder("MOVED_OUT", "DIED");
        assertThat(view.get("formerMembers").findValuesAsText("departedOn")).containsExactlyInAnyOrder("2018-01-15", "2018-03-02");

        JsonNode events = api.as("worker").get("/api/households/" + household + "/history").json().get("events");
        assertThat(events.findValuesAsText("type"))
                .containsExactly("HouseholdRegistered", "MemberJoined", "MemberDeparted", "MemberDeparted", "HeadChanged");
        assertThat(events.findValuesAsText("sequence")).containsExactly("0", "1", "2", "3", "4");
        assertThat(events.findValuesAsText("recordedBy")).containsOnly("worker");
        assertThat(events.get(1).get("data").get("member").get("fullName").asText()).isEqualTo("Nguyễn Thị Lan");
        assertThat(events.get(3).get("data").get("newHeadMemberId").asText()).isEqualTo(childId);
        assertThat(events.get(4).get("data").get("fullName").asText()).isEqualTo("Nguyễn Thị Lan");
        assertThat(events.get(0).get("occurredAt").asText()).endsWith("Z");
    }

    @Test
    void theLastMemberCannotDepart() {
        Map<String, Object> body = household(BAC_SON, uniqueCode("BS"));
        body.put("members", List.of(memberOf(body, 0)));
        LedgerApi.Response registered = api.as("worker").post("/api/households", body);
        String household = registered.json().get("householdId").asText();
        String head = registered.json().get("memberIds").get(0).asText();
        long before = eventCount();

        assertRuleViolation(api.as("worker").post("/api/households/" + household + "/members/" + head + "/departure",
                Map.of("reason", "MOVED_OUT", "date", "2018-01-15")), "LAST_MEMBER");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aRefusedRegistrationReleasesTheCodeItClaimed() {
        String code = uniqueCode("HL");
        String taken = uniqueNationalId();
        api.as("worker").post("/api/households", withHeadNationalId(household(HA_LAN, uniqueCode("HL")), taken));
        long before = eventCount();

        assertRuleViolation(api.as("worker").post("/api/households", withHeadNationalId(household(HA_LAN, code), taken)),
                "DUPLICATE_NATIONAL_ID");
        assertThat(eventCount()).isEqualTo(before);

        assertThat(api.as("worker").post("/api/households", household(HA_LAN, code)).status()).isEqualTo(201);
    }

    @Test
    void aNationalIdIsFreeAgainOnceItsHolderDeparted() {
        String nationalId = uniqueNationalId();
        Map<String, Object> first = household(HA_LAN, uniqueCode("HL"));
        memberOf(first, 1).put("nationalId", nationalId);
        LedgerApi.Response registered = api.as("worker").post("/api/households", first);
        String household = registered.json().get("householdId").asText();
        String spouse = registered.json().get("memberIds").get(1).asText();
        api.as("worker").post("/api/households/" + household + "/members/" + spouse + "/departure",
                Map.of("reason", "MARRIED_OUT", "date", "2018-05-20"));

        LedgerApi.Response joined = api.as("worker").post("/api/households/" + registerHousehold(BAC_SON) + "/members",
                member("Trần Thị Mai", "FEMALE", "1971-09-30", "SPOUSE", nationalId));

        assertThat(joined.status()).isEqualTo(201);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> memberOf(Map<String, Object> body, int index) {
        return (Map<String, Object>) ((List<Object>) body.get("members")).get(index);
    }

    private static Map<String, Object> withHeadNationalId(Map<String, Object> body, String nationalId) {
        memberOf(body, 0).put("nationalId", nationalId);
        return body;
    }
}
