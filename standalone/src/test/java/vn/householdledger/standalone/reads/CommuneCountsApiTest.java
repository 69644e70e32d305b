package vn.householdledger.standalone.reads;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.standalone.Bodies;
import vn.householdledger.standalone.admin.AdminProjections;
import vn.householdledger.testing.LedgerApi;

/**
 * The commune table and the flows, kept as counts by the reviews projection, answer what a recount of every
 * household's reviews answers (the computation they replaced, kept here only): after a voided assessment, an
 * assessment dated before the voided one, two on one day, a transfer recorded after the assessments it
 * precedes, and a closure; for each year and both {@code units=then} and {@code units=current}; and again
 * after the reviews read model is rebuilt.
 */
class CommuneCountsApiTest extends ApiTest {

    /** Each household's last standing assessment on or before a day, by the unit of its placement then. */
    private static final String STATUSES = """
            WITH status AS (
                SELECT DISTINCT ON (household_id) household_id, classification, simulated
                  FROM query_side.review_assessment
                 WHERE assessed_on <= ? AND NOT voided
                 ORDER BY household_id, assessed_on DESC, sequence_number DESC)
            SELECT query_side.unit_of(s.household_id, ?, ?) AS commune, s.classification, s.simulated
              FROM status s
             WHERE NOT EXISTS (SELECT 1 FROM query_side.review_closure c
                                WHERE c.household_id = s.household_id AND c.closed_on <= ?)""";
    private static final String MOVES = """
            SELECT query_side.unit_of(household_id, decided_on, ?) AS commune, kind, count(*)
              FROM query_side.review_move WHERE decided_on BETWEEN ? AND ? GROUP BY commune, kind""";
    private static final String[] MOVE_FIELDS = {"ESCAPED_POVERTY", "escaped", "BECAME_POOR", "newlyPoor",
            "FELL_BACK", "fellBack", "ESCAPED_NEAR_POVERTY", "escapedNearPoverty"};

    @Test
    void theCountsAnswerWhatARecountOfEveryHouseholdAnswers() {
        Map<String, JsonNode> before = answers();

        UUID voided = registerHousehold(HA_LAN);
        assess(voided, 2017, "2017-10-02", 300_000);
        String mistaken = assess(voided, 2018, "2018-11-05", 5_000_000);
        ok(api.as("worker").post(base(voided) + "/assessments/" + mistaken + "/voiding", Map.of("reason", "Nhập nhầm")));
        assess(voided, 2018, "2018-10-15", 800_000);

        UUID sameDay = registerHousehold(HA_LAN);
        assess(sameDay, 2018, "2018-10-20", 300_000);
        assess(sameDay, 2018, "2018-10-20", 5_000_000);
        assess(sameDay, 2019, "2019-10-20", 300_000);

        UUID transferred = registerHousehold(HA_LAN);
        assess(transferred, 2017, "2017-10-03", 300_000);
        assess(transferred, 2018, "2018-10-03", 5_000_000);
        assess(transferred, 2019, "2019-10-03", 300_000);
        ok(api.as("worker").post(base(transferred) + "/transfer", Map.of("toCommuneCode", BAC_SON, "date", "2018-06-01")));

        UUID closed = registerHousehold(BAC_SON);
        assess(closed, 2017, "2017-10-04", 800_000);
        ok(api.as("worker").post(base(closed) + "/closure", Map.of("reason", "MOVED_AWAY", "date", "2018-05-01")));

        Map<String, JsonNode> after = answers();
        assertThat(poorAtEnd(after, "communes 2017 then", HA_LAN) - poorAtEnd(before, "communes 2017 then", HA_LAN))
                .as("voided and transferred poor in Hà Lan at the end of 2017").isEqualTo(2);
        assertThat(poorAtEnd(after, "communes 2019 then", BAC_SON) - poorAtEnd(before, "communes 2019 then", BAC_SON))
                .as("the transferred household poor again in Bắc Sơn in 2019").isEqualTo(1);
        assertThat(recount()).as("recounted from every household's rows").hasToString(after.toString());

        new AdminProjections(api).awaitSettled();
        LedgerApi.Response rebuild = api.as("admin").post("/api/admin/projections/reviews/rebuild", Map.of());
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        new AdminProjections(api).awaitSettled();
        assertThat(answers()).as("after a rebuild").isEqualTo(after);
    }

    private static String base(UUID household) {
        return "/api/households/" + household;
    }

    private String assess(UUID household, int year, String on, long income) {
        LedgerApi.Response assessed = api.as("worker").post(base(household) + "/assessments",
                Bodies.assessment(year, on, income, List.of(), List.of(), true));
        assertThat(assessed.status()).as(assessed.toString()).isEqualTo(201);
        return assessed.json().get("assessmentId").asText();
    }

    private static void ok(LedgerApi.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
    }

    private static long poorAtEnd(Map<String, JsonNode> answers, String answer, String commune) {
        return StreamSupport.stream(answers.get(answer).get("rows").spliterator(), false).filter(r -> r.get("communeCode").asText().equals(commune))
                .findFirst().orElseThrow().get("poorAtEnd").asLong();
    }

    /** The commune table and the flows of 2017 to 2019, under the units of each year's end and of today. */
    private Map<String, JsonNode> answers() {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (int year = 2017; year <= 2019; year++) {
            for (String units : List.of("then", "current")) {
                for (String table : List.of("communes", "flows")) {
                    LedgerApi.Response read = api.as("committee").consistent()
                            .get("/api/statistics/" + table + "?year=" + year + "&units=" + units);
                    assertThat(read.status()).as(read.toString()).isEqualTo(200);
                    answers.put(table + " " + year + " " + units, read.json());
                }
            }
        }
        return answers;
    }

    /** The same answers with each row's counts (and the simulated flag) recomputed from every household's rows. */
    private Map<String, JsonNode> recount() {
        Map<String, JsonNode> answers = answers();
        answers.forEach((name, answer) -> {
            LocalDate start = LocalDate.parse(answer.get("startDay").asText());
            LocalDate end = LocalDate.parse(answer.get("endDay").asText());
            LocalDate unitsOn = name.endsWith("then") ? end : LocalDate.now(BusinessCalendar.VIETNAM);
            Map<String, Map<String, Long>> atStart = statuses(start, unitsOn);
            Map<String, Map<String, Long>> atEnd = statuses(end, unitsOn);
            Map<String, Map<String, Long>> moves = moves(start.plusDays(1), end, unitsOn);
            for (JsonNode row : answer.get("rows")) {
                ObjectNode counted = (ObjectNode) row;
                String commune = row.get("communeCode").asText();
                counted.put("poorAtStart", count(atStart, commune, "POOR"));
                counted.put("poorAtEnd", count(atEnd, commune, "POOR"));
                counted.put("nearPoorAtEnd", count(atEnd, commune, "NEAR_POOR"));
                if (name.startsWith("flows")) {
                    counted.put("nearPoorAtStart", count(atStart, commune, "NEAR_POOR"));
                    for (int i = 0; i < MOVE_FIELDS.length; i += 2) {
                        counted.put(MOVE_FIELDS[i + 1], count(moves, commune, MOVE_FIELDS[i]));
                    }
                }
            }
            Set<String> simulated = simulated(end, unitsOn);
            ((ObjectNode) answer).put("simulated",
                    StreamSupport.stream(answer.get("rows").spliterator(), false).anyMatch(r -> simulated.contains(r.get("communeCode").asText())));
        });
        return answers;
    }

    private static long count(Map<String, Map<String, Long>> counts, String commune, String what) {
        return counts.getOrDefault(commune, Map.of()).getOrDefault(what, 0L);
    }

    private Map<String, Map<String, Long>> statuses(LocalDate day, LocalDate unitsOn) {
        Map<String, Map<String, Long>> byCommune = new HashMap<>();
        jdbc.query(STATUSES, rs -> {
            byCommune.computeIfAbsent(rs.getString(1), c -> new HashMap<>()).merge(rs.getString(2), 1L, Long::sum);
        }, day, day, unitsOn, day);
        return byCommune;
    }

    private Set<String> simulated(LocalDate day, LocalDate unitsOn) {
        Set<String> communes = new HashSet<>();
        jdbc.query(STATUSES, rs -> {
            if (rs.getBoolean(3)) {
                communes.add(rs.getString(1));
            }
        }, day, day, unitsOn, day);
        return communes;
    }

    private Map<String, Map<String, Long>> moves(LocalDate from, LocalDate to, LocalDate unitsOn) {
        Map<String, Map<String, Long>> byCommune = new HashMap<>();
        jdbc.query(MOVES, rs -> {
            byCommune.computeIfAbsent(rs.getString(1), c -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
        }, unitsOn, from, to);
        return byCommune;
    }
}
