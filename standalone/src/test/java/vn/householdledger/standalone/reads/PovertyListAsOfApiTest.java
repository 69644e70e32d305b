package vn.householdledger.standalone.reads;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.standalone.Bodies;
import vn.householdledger.testing.LedgerApi;

/**
 * The poverty list as of an instant, for the whole province and for each commune, is what
 * {@code GET /api/poverty-list} answered at that instant: the live lists are captured after each step
 * of a history over two communes (assessments, an escape voided and the status restated, a transfer
 * between the communes, a head change, a closure), and the lists as of each capture are read at the end.
 */
class PovertyListAsOfApiTest extends ApiTest {

    private static final List<String> SCOPES = List.of("", "&commune=" + HA_LAN, "&commune=" + BAC_SON);

    /** The live lists of each scope, by the instant right after they were read. */
    private final Map<Instant, Map<String, List<JsonNode>>> captured = new LinkedHashMap<>();

    @Test
    void theListAsOfEachInstantIsTheListAnsweredThen() throws InterruptedException {
        capture();
        UUID transferred = id(registered(HA_LAN));
        assess(transferred, 2018, "2018-11-20", 600_000);
        LedgerApi.Response headChanging = registered(BAC_SON);
        UUID newHead = id(headChanging);
        assess(newHead, 2018, "2018-11-21", 900_000);
        UUID closing = id(registered(HA_LAN));
        assess(closing, 2018, "2018-11-22", 500_000);
        capture();

        String escape = assess(closing, 2019, "2019-11-20", 6_000_000);
        capture();
        ok(api.as("worker").post("/api/households/" + closing + "/assessments/" + escape + "/voiding",
                Map.of("reason", "Nhập nhầm thu nhập")));
        capture();
        ok(api.as("worker").post("/api/households/" + transferred + "/transfer",
                Map.of("toCommuneCode", BAC_SON, "date", "2019-06-01")));
        capture();
        ok(api.as("worker").post("/api/households/" + newHead + "/head",
                Map.of("memberId", headChanging.json().get("memberIds").get(1).asText(), "date", "2019-07-01")));
        capture();
        ok(api.as("worker").post("/api/households/" + closing + "/closure", Map.of("reason", "MOVED_AWAY", "date", "2020-01-10")));
        capture();

        List<Map<String, List<JsonNode>>> lists = List.copyOf(captured.values());
        for (int i = 1; i < lists.size(); i++) {
            assertThat(lists.get(i).get("")).as("the province's list changed at step %d", i).isNotEqualTo(lists.get(i - 1).get(""));
        }
        for (Map.Entry<Instant, Map<String, List<JsonNode>>> then : captured.entrySet()) {
            for (String scope : SCOPES) {
                assertThat(pages("auditor", "/api/audit/poverty-list?asOf=" + then.getKey() + scope))
                        .as("as of %s%s", then.getKey(), scope).isEqualTo(then.getValue().get(scope));
            }
        }
    }

    /** Reads the live list of every scope once every committed event is reflected, and keeps it under the instant after. */
    private void capture() throws InterruptedException {
        api.as("committee").consistent().get("/api/poverty-list");
        Map<String, List<JsonNode>> lists = new LinkedHashMap<>();
        for (String scope : SCOPES) {
            lists.put(scope, pages("committee", "/api/poverty-list?" + scope));
        }
        Thread.sleep(5);
        captured.put(Instant.now(), lists);
        Thread.sleep(5);
    }

    /** Every page of a list, 1,000 items each. */
    private List<JsonNode> pages(String account, String path) {
        List<JsonNode> pages = new ArrayList<>();
        JsonNode page;
        do {
            page = api.as(account).get(path + "&size=1000&page=" + pages.size()).json();
            pages.add(page);
        } while ((long) pages.size() * 1000 < page.get("total").asLong());
        return pages;
    }

    private LedgerApi.Response registered(String commune) {
        LedgerApi.Response registered = api.as("worker").post("/api/households", household(commune, uniqueCode("ASOF")));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return registered;
    }

    private static UUID id(LedgerApi.Response registered) {
        return UUID.fromString(registered.json().get("householdId").asText());
    }

    private String assess(UUID household, int year, String on, long income) {
        LedgerApi.Response assessed = api.as("worker").post("/api/households/" + household + "/assessments",
                Bodies.assessment(year, on, income, List.of("SANITARY_TOILET"), List.of("LACK_CAPITAL"), true));
        assertThat(assessed.status()).as(assessed.toString()).isEqualTo(201);
        return assessed.json().get("assessmentId").asText();
    }

    private static void ok(LedgerApi.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }
}
