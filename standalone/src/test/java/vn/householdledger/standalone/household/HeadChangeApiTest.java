package vn.householdledger.standalone.household;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.Problems.assertInvalid;
import static vn.householdledger.standalone.Problems.assertProblem;
import static vn.householdledger.standalone.Problems.assertRuleViolation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/**
 * {@code POST /api/households/{id}/head}: a present member becomes the head (chủ hộ) and the former
 * head stays, as {@code OTHER}; exactly one head, a present member, whatever is refused.
 */
class HeadChangeApiTest extends ApiTest {

    @Test
    void theSpouseBecomesTheHeadAndTheFormerHeadStays() {
        LedgerApi.Response registered = api.as("worker").post("/api/households", household(HA_LAN, uniqueCode("HL")));
        String household = registered.json().get("householdId").asText();
        String head = registered.json().get("memberIds").get(0).asText();
        String spouse = registered.json().get("memberIds").get(1).asText();

        LedgerApi.Response changed = api.as("worker").post("/api/households/" + household + "/head",
                Map.of("memberId", spouse, "date", "2018-04-02"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("memberId").asText()).isEqualTo(spouse);

        JsonNode view = api.as("worker").header("X-Event-Position", String.valueOf(changed.position()))
                .get("/api/households/" + household).json();
        assertThat(view.get("headName").asText()).isEqualTo("Trần Thị Mai");
        assertThat(relationOf(view, spouse)).isEqualTo("HEAD");
        assertThat(relationOf(view, head)).isEqualTo("OTHER");
        JsonNode found = api.as("worker").consistent().get("/api/households?q=tran+thi+mai&size=1000&commune=" + HA_LAN).json();
        assertThat(found.get("items").findValuesAsText("householdId")).contains(household);
        JsonNode last = lastEvent(household);
        assertThat(last.get("type").asText()).isEqualTo("HeadChanged");
        assertThat(last.get("data").get("formerHeadRelation").asText()).isEqualTo("OTHER");
        assertThat(last.get("data").get("changedOn").asText()).isEqualTo("2018-04-02");

        assertThat(api.as("worker").post("/api/households/" + household + "/members/" + head + "/departure",
                Map.of("reason", "MOVED_OUT", "date", "2018-05-01")).status())
                .as("the former head leaves as any member").isEqualTo(200);
    }

    @Test
    void theHeadOrAnAbsentMemberCannotBecomeTheHeadAndNothingIsWritten() {
        LedgerApi.Response registered = api.as("worker").post("/api/households", household(HA_LAN, uniqueCode("HL")));
        String household = registered.json().get("householdId").asText();
        String head = registered.json().get("memberIds").get(0).asText();
        long before = eventCount();

        JsonNode already = assertInvalid(api.as("worker").header("Accept-Language", "vi")
                .post("/api/households/" + household + "/head", Map.of("memberId", head, "date", "2018-04-02")), "memberId");
        assertThat(already.get("errors").get(0).get("message").asText()).isEqualTo("đã là chủ hộ");
        assertInvalid(api.as("worker").post("/api/households/" + household + "/head",
                Map.of("memberId", java.util.UUID.randomUUID().toString(), "date", "2018-04-02")), "memberId");
        assertInvalid(api.as("worker").post("/api/households/" + household + "/head", Map.of("date", "2018-04-02")), "memberId");
        String spouse = registered.json().get("memberIds").get(1).asText();
        assertRuleViolation(api.as("worker").post("/api/households/" + household + "/head",
                Map.of("memberId", spouse, "date", "2015-01-01")), "DATED_BEFORE_REGISTRATION");
        assertProblem(api.as("other").post("/api/households/" + household + "/head",
                Map.of("memberId", spouse, "date", "2018-04-02")), 403);
        assertThat(eventCount()).isEqualTo(before);
    }

    private static String relationOf(JsonNode view, String memberId) {
        for (JsonNode member : view.get("members")) {
            if (member.get("memberId").asText().equals(memberId)) {
                return member.get("relation").asText();
            }
        }
        throw new AssertionError("No present member " + memberId + " in " + view);
    }

    private JsonNode lastEvent(String household) {
        JsonNode events = api.as("worker").get("/api/households/" + household + "/history").json().get("events");
        return events.get(events.size() - 1);
    }
}
