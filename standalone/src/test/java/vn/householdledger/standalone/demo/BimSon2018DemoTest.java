package vn.householdledger.standalone.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.demo.DemoLoader;
import vn.householdledger.demo.ExpectedUnits;
import vn.householdledger.events.household.HouseholdAssessed;
import vn.householdledger.events.review.ReviewBecameOverdue;
import vn.householdledger.events.review.ReviewDecided;
import vn.householdledger.platform.provenance.Provenance;
import vn.householdledger.standalone.LedgerApplication;
import vn.householdledger.testing.LedgerApi;

/**
 * The service started with {@code ledger.demo=bim-son-2018} on a store of its own: the committee's
 * reports must be the town's plan, unit for unit, as the demo module's tests' own copy of units.csv
 * gives it.
 */
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ledger.demo=bim-son-2018")
@ActiveProfiles("test")
class BimSon2018DemoTest {

    private static final List<ExpectedUnits.Unit> UNITS = ExpectedUnits.read();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoLoader loader;
    LedgerApi api;

    @BeforeEach
    void connect() {
        api = new LedgerApi("http://localhost:" + port);
    }

    private JsonNode read(String path) {
        LedgerApi.Response response = api.as("committee").consistent().get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static Map<String, JsonNode> rows(JsonNode answer) {
        Map<String, JsonNode> rows = new HashMap<>();
        answer.get("rows").forEach(r -> rows.put(r.get("communeCode").asText(), r));
        return rows;
    }

    private static BigDecimal rate(long part, long whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    @Test
    void theDemoLoadedThroughTheCommandSide() {
        DemoLoader.Load load = loader.atStartUp();
        assertThat(load.loaded()).isTrue();
        assertThat(load.commands()).isGreaterThan(5000);
        Long events = jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry", Long.class);
        assertThat(events).isGreaterThanOrEqualTo(load.commands());
    }

    @Test
    void theCommitteesFirstReportIsTheTownsPlan() {
        JsonNode answer = read("/api/statistics/communes?year=2018");
        Map<String, JsonNode> rows = rows(answer);
        assertThat(rows).hasSize(UNITS.size());
        long households = 0, poor = 0, target = 0;
        for (ExpectedUnits.Unit unit : UNITS) {
            JsonNode row = rows.get(unit.code());
            assertThat(row.get("name").asText()).isEqualTo(unit.name());
            assertThat(row.get("households").asLong()).as(unit.code()).isEqualTo(unit.households());
            assertThat(row.get("poorAtStart").asLong()).as(unit.code()).isEqualTo(unit.poorStart2018());
            assertThat(row.get("poorAtStartRate").decimalValue()).isEqualByComparingTo(rate(unit.poorStart2018(), unit.households()));
            assertThat(row.get("poorTargetEnd").asLong()).as(unit.code()).isEqualTo(unit.poorTargetEnd2018());
            assertThat(row.get("poorTargetEndRate").decimalValue()).isEqualByComparingTo(rate(unit.poorTargetEnd2018(), unit.households()));
            assertThat(row.get("poorAtEnd").asLong()).as(unit.code() + " reaches its target").isEqualTo(unit.poorTargetEnd2018());
            households += unit.households();
            poor += unit.poorStart2018();
            target += unit.poorTargetEnd2018();
        }
        JsonNode total = answer.get("total");
        assertThat(total.get("households").asLong()).isEqualTo(households).isEqualTo(15_883);
        assertThat(total.get("poorAtStart").asLong()).isEqualTo(poor).isEqualTo(332);
        assertThat(total.get("poorAtStartRate").decimalValue()).isEqualByComparingTo(new BigDecimal("2.09"));
        assertThat(total.get("poorTargetEnd").asLong()).isEqualTo(target).isEqualTo(230);
        assertThat(total.get("poorTargetEndRate").decimalValue()).isEqualByComparingTo(new BigDecimal("1.45"));
        assertThat(total.get("poorAtEnd").asLong()).isEqualTo(230);
        assertThat(answer.get("simulated").asBoolean()).as("the end of 2018 rests on the simulated review").isTrue();
    }

    @Test
    void theYear2017FlowsFromThePlansStartToItsEnd() {
        JsonNode flows = read("/api/statistics/flows?year=2017");
        JsonNode total = flows.get("total");
        assertThat(total.get("poorAtStart").asLong()).isEqualTo(ExpectedUnits.POOR_START_2017);
        assertThat(total.get("nearPoorAtStart").asLong()).isEqualTo(ExpectedUnits.NEAR_POOR_START_2017);
        assertThat(total.get("poorAtEnd").asLong()).isEqualTo(332);
        assertThat(total.get("nearPoorAtEnd").asLong()).isEqualTo(ExpectedUnits.NEAR_POOR_END_2017);
        assertThat(total.get("poorAtStart").asLong() - total.get("escaped").asLong() + total.get("newlyPoor").asLong()
                + total.get("fellBack").asLong()).isEqualTo(332);
        assertThat(flows.get("simulated").asBoolean()).isFalse();
        Map<String, JsonNode> rows = rows(read("/api/statistics/communes?year=2017"));
        UNITS.forEach(u -> assertThat(rows.get(u.code()).get("poorAtEnd").asLong()).as(u.code()).isEqualTo(u.poorStart2018()));
        JsonNode flows2018 = read("/api/statistics/flows?year=2018");
        assertThat(flows2018.get("simulated").asBoolean()).isTrue();
        assertThat(flows2018.get("total").get("poorAtEnd").asLong()).isEqualTo(230);
    }

    @Test
    void theCausesAreThePlansMentionsOverItsPovertyReductionHouseholds() {
        JsonNode causes = read("/api/statistics/causes?year=2017&policyGroup=POVERTY_REDUCTION");
        assertThat(causes.get("households").asLong()).isEqualTo(ExpectedUnits.ABLE_POOR_END_2017);
        assertThat(causes.get("mentions").asLong()).isEqualTo(ExpectedUnits.CAUSE_MENTIONS);
        Map<String, Long> mentions = new HashMap<>();
        causes.get("causes").forEach(c -> mentions.put(c.get("code").asText(), c.get("mentions").asLong()));
        for (PovertyCause cause : PovertyCause.values()) {
            assertThat(mentions.get(cause.name())).as(cause.name()).isEqualTo(ExpectedUnits.MENTIONS[cause.ordinal()]);
        }
        JsonNode protection = read("/api/statistics/causes?year=2017&policyGroup=SOCIAL_PROTECTION");
        assertThat(protection.get("households").asLong()).isEqualTo(ExpectedUnits.SOCIAL_PROTECTION_END_2017);
    }

    @Test
    void theMarkOfTheReviewOf2018IsItsEventsProvenanceNeverAFieldOfTheirPayload() {
        Map<Integer, Set<Boolean>> marked = new HashMap<>();
        jdbc.query("""
                SELECT DISTINCT (convert_from(payload, 'UTF8')::jsonb ->> 'year')::int,
                       coalesce(convert_from(meta_data, 'UTF8')::jsonb ->> ?, '') = ?
                  FROM event_store.domain_event_entry WHERE payload_type = ?""",
                (ResultSet rs) -> {
                    marked.computeIfAbsent(rs.getInt(1), year -> new HashSet<>()).add(rs.getBoolean(2));
                }, Provenance.KEY, Provenance.SIMULATED, HouseholdAssessed.class.getName());
        assertThat(marked).isEqualTo(Map.of(2016, Set.of(false), 2017, Set.of(false), 2018, Set.of(true)));
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM event_store.domain_event_entry
                 WHERE payload_type = ? AND convert_from(payload, 'UTF8')::jsonb -> 'simulated' IS NOT NULL""",
                Long.class, HouseholdAssessed.class.getName())).isZero();
    }

    @Test
    void onlyTheReviewOf2018IsSimulatedAndTheHouseholdSaysSo() {
        assertThat(jdbc.queryForList("SELECT DISTINCT year FROM query_side.review_assessment WHERE simulated", Integer.class))
                .containsExactly(2018);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM query_side.review_assessment WHERE simulated AND year <> 2018",
                Long.class)).isZero();
        UUID simulated = jdbc.queryForObject(
                "SELECT household_id FROM query_side.household WHERE review_year = 2018 ORDER BY code LIMIT 1", UUID.class);
        UUID held = jdbc.queryForObject(
                "SELECT household_id FROM query_side.household WHERE review_year = 2017 ORDER BY code LIMIT 1", UUID.class);
        assertThat(api.as("auditor").consistent().get("/api/households/" + simulated).json()
                .get("lastAssessment").get("simulated").asBoolean()).isTrue();
        assertThat(api.as("auditor").consistent().get("/api/households/" + held).json()
                .get("lastAssessment").get("simulated").asBoolean()).isFalse();
        assertThat(read("/api/statistics/communes?year=2017").get("simulated").asBoolean()).isFalse();
    }

    /** A household's events are the demo's, but for the assessment its review's decision brought (the job {@code review-decision}). */
    @Test
    void everyEventIsRecordedByTheDemoOrByTheDecisionThatReachedTheHousehold() {
        UUID household = jdbc.queryForObject("SELECT household_id FROM query_side.household ORDER BY code LIMIT 1", UUID.class);
        JsonNode history = api.as("auditor").get("/api/households/" + household + "/history").json().get("events");
        assertThat(history).isNotEmpty();
        history.forEach(event -> assertThat(event.get("recordedBy").asText()).isIn(DemoLoader.RECORDED_BY, "review-decision"));
        assertThat(history).anySatisfy(event -> {
            assertThat(event.get("recordedBy").asText()).isEqualTo("review-decision");
            assertThat(event.get("data").get("decisionNumber").asText()).endsWith("/QĐ-UBND");
        });
    }

    /**
     * Each unit held its periodic review of 2017 step by step and its chair decided it in December, on or before
     * the due day: the reviews read as decided (none overdue, every listed household decided), and the poor at the
     * start of 2018 are exactly the households those decisions recognised as poor, each assessed by its decision.
     */
    @Test
    void theReviewsOf2017ReadAsDecidedAndEveryPoorHouseholdHasADecisionBehindIt() {
        JsonNode reviews = read("/api/reviews?year=2017");
        assertThat(reviews.get("total").asInt()).isEqualTo(UNITS.size());
        Map<String, Integer> poorStart = new HashMap<>();
        UNITS.forEach(u -> poorStart.put(u.code(), u.poorStart2018()));
        Set<String> decidedPoor = new HashSet<>();
        for (JsonNode review : reviews.get("items")) {
            String unit = review.get("communeCode").asText();
            assertThat(review.get("kind").asText()).isEqualTo("PERIODIC");
            assertThat(review.get("step").asText()).as(unit).isEqualTo("DECIDED");
            assertThat(review.get("overdue").asBoolean()).as(unit).isFalse();
            assertThat(LocalDate.parse(review.get("decidedOn").asText())).as(unit)
                    .isBetween(LocalDate.of(2017, 12, 1), LocalDate.of(2017, 12, 14));
            assertThat(review.get("decided").asLong()).as(unit).isPositive().isEqualTo(review.get("listed").asLong());
            Set<String> poor = new HashSet<>();
            read("/api/reviews/" + review.get("reviewId").asText()).get("households").forEach(h -> {
                if ("POOR".equals(h.get("decidedClassification").asText())) {
                    poor.add(h.get("householdId").asText());
                }
            });
            assertThat(poor).as(unit).hasSize(poorStart.get(unit));
            decidedPoor.addAll(poor);
        }
        // The households' own assessments of 2017 (the poor at the start of 2018) are those the decisions brought.
        String assessments2017 = """
                SELECT convert_from(payload, 'UTF8')::jsonb ->> 'householdId' FROM event_store.domain_event_entry
                 WHERE payload_type = ? AND (convert_from(payload, 'UTF8')::jsonb ->> 'year')::int = 2017""";
        assertThat(jdbc.queryForList(assessments2017 + " AND convert_from(payload, 'UTF8')::jsonb ->> 'classification' = 'POOR'",
                String.class, HouseholdAssessed.class.getName())).hasSize(332).containsExactlyInAnyOrderElementsOf(decidedPoor);
        assertThat(jdbc.queryForList(assessments2017 + " AND convert_from(payload, 'UTF8')::jsonb ->> 'decisionNumber' IS NULL",
                String.class, HouseholdAssessed.class.getName())).as("every assessment of 2017 names its decision").isEmpty();
        assertThat(jdbc.queryForList("""
                SELECT DISTINCT convert_from(meta_data, 'UTF8')::jsonb ->> 'recordedBy' FROM event_store.domain_event_entry
                 WHERE payload_type = ?""", String.class, ReviewDecided.class.getName()))
                .as("each unit's chair decided").containsExactlyInAnyOrderElementsOf(UNITS.stream()
                        .map(u -> "chu-tich-" + u.code().replace("_", "").toLowerCase(java.util.Locale.ROOT)).toList());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry WHERE payload_type = ?", Long.class,
                ReviewBecameOverdue.class.getName())).as("loaded years late, each became overdue before its decision, every load alike")
                .isEqualTo(UNITS.size());
    }

    @Test
    void aStoreThatHoldsTheDemoIsLeftAlone() throws InterruptedException {
        Long before = jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry", Long.class);
        DemoLoader.Load again = loader.load();
        assertThat(again.loaded()).isFalse();
        assertThat(again.commands()).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry", Long.class)).isEqualTo(before);
    }
}
