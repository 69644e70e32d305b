package vn.householdledger.standalone.reads;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.standalone.Bodies;
import vn.householdledger.testing.LedgerApi;

/**
 * {@code GET /api/escape-pledges}: households of Hà Lan pledge to escape poverty this year after last
 * year's review listed them; this year's review then finds each of them in a class, by findings that every
 * standard classifies alike (an income under every rural line with three deprivations is poor, under them
 * without deprivations near-poor, above them all not poor). The expected outcome is worked out here from
 * the two classes, not read from the service: out of POOR or NEAR_POOR is {@code ESCAPED}, assessed
 * otherwise {@code NOT_YET}, not assessed (or its assessment voided) {@code NOT_REVIEWED}.
 */
class EscapePledgesApiTest extends ApiTest {

    /** A pledge is of this year or the next: this year's, after last year's review listed the household, and before this year's. */
    private static final LocalDate TODAY = LocalDate.now(BusinessCalendar.VIETNAM);
    private static final int PLEDGED = TODAY.getYear();
    private static final int BEFORE = PLEDGED - 1;
    private static final List<String> CLASSES = List.of("NOT_POOR", "NEAR_POOR", "POOR");

    /** A household of the scenario: its class in last year's review, in this year's (null: not assessed), and whether that one is voided. */
    private record Case(String before, String after, boolean voided) {
    }

    @Test
    void eachPledgeOfTheYearWithWhatTheReviewOfThatYearMadeOfIt() {
        List<Case> cases = List.of(new Case("POOR", "NOT_POOR", false), new Case("POOR", "NEAR_POOR", false),
                new Case("NEAR_POOR", "NOT_POOR", false), new Case("POOR", "POOR", false), new Case("NEAR_POOR", "NEAR_POOR", false),
                new Case("NEAR_POOR", "POOR", false), new Case("POOR", null, false), new Case("POOR", "NOT_POOR", true));
        Map<UUID, String> expected = new HashMap<>();
        Map<UUID, String> codes = new HashMap<>();
        for (Case c : cases) {
            UUID household = registerHousehold(HA_LAN);
            assess(household, BEFORE, LocalDate.of(BEFORE, 11, 20), c.before());
            assertThat(api.as("worker").post("/api/households/" + household + "/escape-pledges", Map.of("year", PLEDGED)).status())
                    .isEqualTo(201);
            if (c.after() != null) {
                String assessment = assess(household, PLEDGED, TODAY, c.after());
                if (c.voided()) {
                    assertThat(api.as("worker").post("/api/households/" + household + "/assessments/" + assessment + "/voiding",
                            Map.of("reason", "Nhập nhầm")).status()).isEqualTo(200);
                }
            }
            expected.put(household, outcome(c));
            codes.put(household, api.as("worker").consistent().get("/api/households/" + household).json().get("code").asText());
        }

        LedgerApi.Response answer = api.as("committee").consistent().get("/api/escape-pledges?year=" + PLEDGED + "&commune=" + HA_LAN
                + "&size=1000");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        Map<UUID, String> found = new HashMap<>();
        for (JsonNode item : answer.json().get("items")) {
            UUID household = UUID.fromString(item.get("householdId").asText());
            if (expected.containsKey(household)) {
                found.put(household, item.get("outcome").asText());
                assertThat(item.get("code").asText()).isEqualTo(codes.get(household));
                assertThat(item.get("communeCode").asText()).isEqualTo(HA_LAN);
                assertThat(item.get("headName").asText()).isEqualTo("Nguyễn Văn Hùng");
                assertThat(item.get("year").asInt()).isEqualTo(PLEDGED);
                assertThat(item.get("pledgedOn").asText()).isNotBlank();
            }
        }
        assertThat(found).isEqualTo(expected);
        assertThat(expected.values()).contains("ESCAPED", "NOT_YET", "NOT_REVIEWED");
        assertThat(answer.json().get("total").asLong()).isGreaterThanOrEqualTo(cases.size());
    }

    @Test
    void aWorkerReadsHerCommunesPledgesOnlyAndAnAdminNone() {
        assertProblem(api.as("other").get("/api/escape-pledges?year=" + PLEDGED + "&commune=" + HA_LAN), 403);
        assertProblem(api.as("admin").get("/api/escape-pledges?year=" + PLEDGED), 403);
        assertProblem(api.as("committee").get("/api/escape-pledges?year=abc"), 400);
        assertThat(api.as("auditor").get("/api/escape-pledges?year=" + PLEDGED).status()).isEqualTo(200);
    }

    private static String outcome(Case c) {
        if (c.after() == null || c.voided()) {
            return "NOT_REVIEWED";
        }
        return CLASSES.indexOf(c.after()) < CLASSES.indexOf(c.before()) ? "ESCAPED" : "NOT_YET";
    }

    /** Assesses the household in the class asked for, and checks that the service found it so. */
    private String assess(UUID household, int year, LocalDate on, String classification) {
        long income = switch (classification) {
            case "POOR" -> 600_000;
            case "NEAR_POOR" -> 800_000;
            default -> 3_000_000;
        };
        List<String> deprivations = "POOR".equals(classification)
                ? List.of("HEALTH_INSURANCE", "HOUSING_QUALITY", "SANITARY_TOILET") : List.of();
        LedgerApi.Response answer = api.as("worker").post("/api/households/" + household + "/assessments",
                Bodies.assessment(year, on.toString(), income, deprivations, List.of("LACK_CAPITAL"), true));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.json().get("classification").asText()).isEqualTo(classification);
        return answer.json().get("assessmentId").asText();
    }
}
