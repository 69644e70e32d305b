package vn.householdledger.standalone.household;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.query.household.HouseholdViewProjection;
import vn.householdledger.query.projection.ReplayFolds;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.standalone.Bodies;
import vn.householdledger.standalone.admin.AdminProjections;
import vn.householdledger.testing.LedgerApi;

/**
 * A rebuild of the household view folds each household's history in memory and writes its rows once: every
 * row of its three tables is then as the live path wrote it, event by event, for households whose histories
 * (members joining and leaving, heads changing, attributes corrected, assessments voided and restated,
 * pledges, transfers, closures) are interleaved in the store.
 */
class HouseholdViewRebuildApiTest extends ApiTest {

    private static final int HOUSEHOLDS = 6;
    private static final String TABLES = """
            SELECT 'household' AS t, to_jsonb(h)::text AS row FROM query_side.household h
            UNION ALL SELECT 'member', to_jsonb(m)::text FROM query_side.household_member m
            UNION ALL SELECT 'assessment', to_jsonb(a)::text FROM query_side.household_assessment a
            ORDER BY 1, 2""";

    @Autowired
    private MeterRegistry meters;

    @Test
    void aRebuildWritesEveryRowAsTheLivePathDid() throws InterruptedException {
        List<UUID> households = new ArrayList<>();
        List<String[]> members = new ArrayList<>();
        for (int i = 0; i < HOUSEHOLDS; i++) {
            LedgerApi.Response registered = ok(api.as("worker").post("/api/households", household(HA_LAN, uniqueCode("RB"))));
            households.add(UUID.fromString(registered.json().get("householdId").asText()));
            members.add(new String[] {registered.json().get("memberIds").get(0).asText(),
                    registered.json().get("memberIds").get(1).asText()});
        }
        // Step by step over all households, so that each one's events lie between the others'.
        for (int year = 2016; year <= 2019; year++) {
            for (int i = 0; i < HOUSEHOLDS; i++) {
                ok(api.as("worker").post(path(households.get(i), "/assessments"), Bodies.assessment(year, year + "-11-0" + (1 + i),
                        500_000L + 150_000L * ((i + year) % 5), List.of("SANITARY_TOILET"), List.of("LACK_CAPITAL"), i % 2 == 0)));
            }
        }
        for (int i = 0; i < HOUSEHOLDS; i++) {
            UUID household = households.get(i);
            ok(api.as("worker").post(path(household, "/members"),
                    member("Lê Văn Con " + i, "MALE", "2005-01-0" + (1 + i), "CHILD", null)));
            ok(api.as("worker").post(path(household, "/members/" + members.get(i)[1] + "/attributes"),
                    Map.of("ethnicity", "01", "disability", "NO", "meritoriousService", "NO", "correctedOn", "2019-05-05")));
        }
        for (int i = 0; i < HOUSEHOLDS; i++) {
            UUID household = households.get(i);
            switch (i % 3) {
                case 0 -> {
                    ok(api.as("worker").post(path(household, "/head"), Map.of("memberId", members.get(i)[1], "date", "2020-01-02")));
                    ok(api.as("worker").post(path(household, "/members/" + members.get(i)[0] + "/departure"),
                            Map.of("reason", "MOVED_OUT", "date", "2020-02-01")));
                }
                case 1 -> {
                    String assessment = ok(api.as("worker").post(path(household, "/assessments"), Bodies.assessment(2020,
                            "2020-11-03", 400_000L, List.of("HEALTH_INSURANCE"), List.of("LONG_ILLNESS"), false)))
                            .json().get("assessmentId").asText();
                    ok(api.as("worker").post(path(household, "/assessments/" + assessment + "/voiding"),
                            Map.of("reason", "Nhập nhầm thu nhập")));
                    int thisYear = LocalDate.now(BusinessCalendar.VIETNAM).getYear();
                    ok(api.as("worker").post(path(household, "/escape-pledges"), Map.of("year", thisYear)));
                    ok(api.as("worker").post(path(household, "/escape-pledges"), Map.of("year", thisYear + 1)));
                }
                default -> ok(i < HOUSEHOLDS / 2
                        ? api.as("worker").post(path(household, "/closure"), Map.of("reason", "MOVED_AWAY", "date", "2020-06-01"))
                        : api.as("worker").post(path(household, "/transfer"), Map.of("toCommuneCode", QUANG_TRUNG, "date", "2020-03-01")));
            }
        }
        AdminProjections projections = new AdminProjections(api);
        projections.awaitSettled();
        List<Map<String, Object>> live = jdbc.queryForList(TABLES);
        double folded = folded();

        ok(api.as("admin").post("/api/admin/projections/" + HouseholdViewProjection.NAME + "/rebuild", Map.of()), 202);
        projections.awaitSettled();

        assertThat(jdbc.queryForList(TABLES)).as("every row of the household view").isEqualTo(live);
        assertThat(live).filteredOn(r -> r.get("t").equals("household")).hasSizeGreaterThanOrEqualTo(HOUSEHOLDS);
        assertThat(folded() - folded).as("households written from the fold")
                .isEqualTo(jdbc.queryForObject("SELECT count(*) FROM query_side.household", Double.class));
    }

    private double folded() {
        Counter counter = meters.find(ReplayFolds.FOLDED).tag("projection", HouseholdViewProjection.NAME).counter();
        return counter == null ? 0 : counter.count();
    }

    private static String path(UUID household, String tail) {
        return "/api/households/" + household + tail;
    }

    private static LedgerApi.Response ok(LedgerApi.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response;
    }

    private static LedgerApi.Response ok(LedgerApi.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response;
    }
}
