package vn.householdledger.standalone.reads;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.standalone.Bodies;
import vn.householdledger.standalone.Problems;
import vn.householdledger.standalone.admin.AdminProjections;
import vn.householdledger.testing.LedgerApi;

/**
 * Feeds a generated multi-year history (reviews, transfers, voided assessments, closures) through the
 * HTTP API, then compares every committee read, and each household's case, with what the test computes
 * from that history itself.
 */
class ReadsApiTest extends ApiTest {

    private static final Map<String, Integer> HOUSEHOLDS = Map.of("STAT_A", 500, "STAT_B", 800, "STAT_C", 300);
    private static GeneratedHistory history;
    private static String prefix;

    @BeforeEach
    void loadHistoryOnce() {
        if (history != null) {
            return;
        }
        prefix = uniqueCode("ST");
        GeneratedHistory generated = new GeneratedHistory(20180101L, 40, prefix);
        for (String commune : GeneratedHistory.COMMUNES) {
            ensureCommune(commune, "Đơn vị " + commune, "COMMUNE", GeneratedHistory.AREA.get(commune));
            for (int year = 2017; year <= 2018; year++) {
                assertThat(api.as("admin").put("/api/communes/" + commune + "/years/" + year,
                        Map.of("households", HOUSEHOLDS.get(commune), "poorTargetEndOfYear", 5 + year % 2)).status()).isEqualTo(200);
            }
        }
        for (GeneratedHistory.Household h : generated.households) {
            Map<String, Object> body = household(h.placements.firstEntry().getValue(), h.code);
            body.put("registeredOn", "2016-03-01");
            LedgerApi.Response registered = api.as("stats").post("/api/households", body);
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
            h.id = UUID.fromString(registered.json().get("householdId").asText());
            List<UUID> assessed = new ArrayList<>();
            for (GeneratedHistory.Assessment a : h.assessments) {
                if (a.year() == 2017 && h.placements.size() > 1) {
                    transfer(h);
                }
                assessed.add(assess(h, a));
            }
            if (h.placements.size() > 1 && h.assessments.stream().noneMatch(a -> a.year() == 2017)) {
                transfer(h);
            }
            JsonNode voided = null;
            for (int i = 0; i < h.assessments.size(); i++) {
                if (h.assessments.get(i).voided()) {
                    voided = voidAssessment(h, assessed.get(i));
                }
            }
            if (voided != null) {
                List<String> status = h.statusOn(today());
                assertThat(voided.get("status").isNull() ? null : List.of(voided.get("status").asText(),
                        voided.get("statusSince").asText())).as(h.code).isEqualTo(status);
            }
            for (GeneratedHistory.Help help : h.help) {
                recordHelp(h, help);
            }
            if (h.closedOn != null) {
                assertThat(api.as("stats").post("/api/households/" + h.id + "/closure",
                        Map.of("reason", "MOVED_AWAY", "date", h.closedOn.toString())).status()).isEqualTo(200);
            }
        }
        history = generated;
    }

    private void recordHelp(GeneratedHistory.Household h, GeneratedHistory.Help help) {
        String base = "/api/households/" + h.id;
        if (help.kind().equals("LOAN")) {
            assertThat(api.as("stats").post(base + "/loans", Map.of("programme", "POOR_HOUSEHOLD", "principal", 30_000_000,
                    "annualInterestRatePercent", 6.6, "termMonths", 36, "disbursedOn", help.on().toString(),
                    "lender", "Ngân hàng Chính sách xã hội", "purpose", "Nuôi bò sinh sản", "addresses", help.addresses()))
                    .status()).isEqualTo(201);
            return;
        }
        LedgerApi.Response given = api.as("stats").post(base + "/assistance", Map.of("kind", "SOCIAL_ALLOWANCE",
                "description", "Trợ cấp ốm đau", "amount", 2_000_000, "providedOn", help.on().toString(),
                "fundingSource", "Ngân sách xã", "addresses", help.addresses()));
        assertThat(given.status()).as(given.toString()).isEqualTo(201);
        if (help.voided()) {
            assertThat(api.as("stats").post(base + "/assistance/" + given.json().get("assistanceId").asText() + "/voiding",
                    Map.of("reason", "Ghi nhầm hộ")).status()).isEqualTo(200);
        }
    }

    private void transfer(GeneratedHistory.Household h) {
        Map.Entry<LocalDate, String> to = h.placements.lastEntry();
        assertThat(api.as("stats").post("/api/households/" + h.id + "/transfer",
                Map.of("toCommuneCode", to.getValue(), "date", to.getKey().toString())).status()).isEqualTo(200);
    }

    /** Voids an assessment and answers the answer: the household's status from then on. */
    private JsonNode voidAssessment(GeneratedHistory.Household h, UUID assessment) {
        LedgerApi.Response voided = api.as("stats").post("/api/households/" + h.id + "/assessments/" + assessment + "/voiding",
                Map.of("reason", "Nhập nhầm kết quả rà soát"));
        assertThat(voided.status()).as(voided.toString()).isEqualTo(200);
        assertThat(voided.json().get("assessmentId").asText()).isEqualTo(assessment.toString());
        return voided.json();
    }

    private static LocalDate today() {
        return LocalDate.now(vn.householdledger.api.time.BusinessCalendar.VIETNAM);
    }

    private UUID assess(GeneratedHistory.Household h, GeneratedHistory.Assessment a) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", a.year());
        body.put("assessedOn", a.on().toString());
        body.put("incomePerCapitaMonthly", a.income());
        body.put("deprivations", a.deprivations());
        body.put("causes", a.causes());
        body.put("hasWorkingMember", a.working());
        LedgerApi.Response response = api.as("stats").post("/api/households/" + h.id + "/assessments", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().get("classification").asText()).isEqualTo(a.classification());
        return UUID.fromString(response.json().get("assessmentId").asText());
    }

    private static BigDecimal rate(long part, long whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    private static Map<String, JsonNode> rowsByCommune(JsonNode answer) {
        Map<String, JsonNode> rows = new HashMap<>();
        answer.get("rows").forEach(r -> rows.put(r.get("communeCode").asText(), r));
        return rows;
    }

    @Test
    void communeStatisticsCountEachHouseholdByItsStatusAndCommuneOnTheDay() {
        for (int year = 2017; year <= 2018; year++) {
            JsonNode answer = api.as("committee").consistent().get("/api/statistics/communes?year=" + year).json();
            Map<String, JsonNode> rows = rowsByCommune(answer);
            LocalDate start = LocalDate.of(year - 1, 12, 31);
            LocalDate end = LocalDate.of(year, 12, 31);
            for (String commune : GeneratedHistory.COMMUNES) {
                JsonNode row = rows.get(commune);
                long households = HOUSEHOLDS.get(commune);
                long[] atStart = history.statuses(commune, start);
                long[] atEnd = history.statuses(commune, end);
                assertThat(row.get("households").asLong()).isEqualTo(households);
                assertThat(row.get("poorAtStart").asLong()).as(commune + " " + year).isEqualTo(atStart[0]);
                assertThat(row.get("poorAtStartRate").decimalValue()).isEqualByComparingTo(rate(atStart[0], households));
                assertThat(row.get("poorAtEnd").asLong()).as(commune + " " + year).isEqualTo(atEnd[0]);
                assertThat(row.get("poorAtEndRate").decimalValue()).isEqualByComparingTo(rate(atEnd[0], households));
                assertThat(row.get("nearPoorAtEnd").asLong()).isEqualTo(atEnd[1]);
                assertThat(row.get("poorTargetEnd").asLong()).isEqualTo(5 + year % 2);
            }
            long sum = 0;
            for (JsonNode row : answer.get("rows")) {
                sum += row.get("poorAtEnd").asLong();
            }
            assertThat(answer.get("total").get("poorAtEnd").asLong()).isEqualTo(sum);
            assertThat(answer.get("total").get("communeCode").asText()).isEqualTo("TOTAL");
        }
    }

    @Test
    void flowsCountTheMovesDecidedInTheYear() {
        for (int year = 2017; year <= 2018; year++) {
            Map<String, JsonNode> rows = rowsByCommune(api.as("committee").consistent().get("/api/statistics/flows?year=" + year).json());
            for (String commune : GeneratedHistory.COMMUNES) {
                JsonNode row = rows.get(commune);
                long[] moves = history.moves(commune, year);
                assertThat(row.get("escaped").asLong()).as(commune + " " + year).isEqualTo(moves[0]);
                assertThat(row.get("newlyPoor").asLong()).as(commune + " " + year).isEqualTo(moves[1]);
                assertThat(row.get("fellBack").asLong()).as(commune + " " + year).isEqualTo(moves[2]);
                assertThat(row.get("escapedNearPoverty").asLong()).isEqualTo(moves[3]);
                assertThat(row.get("poorAtStart").asLong()).isEqualTo(history.statuses(commune, LocalDate.of(year - 1, 12, 31))[0]);
                assertThat(row.get("nearPoorAtStart").asLong()).isEqualTo(history.statuses(commune, LocalDate.of(year - 1, 12, 31))[1]);
            }
        }
    }

    @Test
    void deprivationsAndCausesOfAReviewCountEachHouseholdOnce() {
        for (String commune : GeneratedHistory.COMMUNES) {
            List<GeneratedHistory.Assessment> poor = history.reviewed(2017, commune).stream()
                    .filter(a -> a.classification().equals("POOR")).toList();
            JsonNode deprivations = api.as("committee").consistent()
                    .get("/api/statistics/deprivations?year=2017&status=POOR&commune=" + commune).json();
            assertThat(deprivations.get("base").asLong()).isEqualTo(poor.size());
            Map<String, Long> expected = new HashMap<>();
            poor.forEach(a -> a.deprivations().forEach(d -> expected.merge(d, 1L, Long::sum)));
            Map<String, Long> actual = new HashMap<>();
            deprivations.get("indicators").forEach(i -> actual.put(i.get("code").asText(), i.get("households").asLong()));
            assertThat(actual).isEqualTo(expected);

            JsonNode causes = api.as("committee").get("/api/statistics/causes?year=2017&policyGroup=POVERTY_REDUCTION&commune=" + commune).json();
            List<GeneratedHistory.Assessment> working = poor.stream().filter(GeneratedHistory.Assessment::working).toList();
            assertThat(causes.get("households").asLong()).isEqualTo(working.size());
            assertThat(causes.get("mentions").asLong()).isEqualTo(working.stream().mapToLong(a -> a.causes().size()).sum());
            Map<String, Long> mentions = new HashMap<>();
            working.forEach(a -> a.causes().forEach(c -> mentions.merge(c, 1L, Long::sum)));
            causes.get("causes").forEach(c -> assertThat(c.get("mentions").asLong()).as(c.get("code").asText())
                    .isEqualTo(mentions.getOrDefault(c.get("code").asText(), 0L)));
        }
    }

    @Test
    void escapesOfAReviewSayWhyFromTheAssessmentBeforeAndTheHelpBetween() {
        for (int year = 2017; year <= 2018; year++) {
            Map<String, GeneratedHistory.Escape> expected = new HashMap<>();
            history.escapes(year).forEach(e -> expected.put(e.household().code, e));
            Map<String, JsonNode> actual = new HashMap<>();
            api.as("committee").consistent().get("/api/escapes?size=1000&year=" + year).json().get("items")
                    .forEach(item -> {
                        if (item.get("code").asText().startsWith(prefix + "-")) {
                            actual.put(item.get("code").asText(), item);
                        }
                    });
            assertThat(actual.keySet()).isEqualTo(expected.keySet());
            expected.forEach((code, escape) -> {
                JsonNode item = actual.get(code);
                JsonNode why = item.get("why");
                assertThat(item.get("from").asText()).isEqualTo(escape.before().classification());
                assertThat(item.get("to").asText()).isEqualTo(escape.after().classification());
                assertThat(item.get("decidedOn").asText()).isEqualTo(escape.after().on().toString());
                assertThat(why.get("incomeBefore").asLong()).isEqualTo(escape.before().income());
                assertThat(why.get("incomeAfter").asLong()).isEqualTo(escape.after().income());
                List<String> cleared = new ArrayList<>(escape.before().deprivations());
                cleared.removeAll(escape.after().deprivations());
                assertThat(strings(why.get("deprivationsCleared"))).containsExactlyInAnyOrderElementsOf(cleared);
                assertThat(strings(why.get("causesAddressed"))).containsExactlyInAnyOrderElementsOf(escape.causesAddressed());
                assertThat(why.get("assistance").size()).as(code).isEqualTo((int) escape.helpCount());
            });
        }
        // The generated history must exercise the why, or this test proves nothing.
        assertThat(history.escapes(2018)).anyMatch(e -> !e.causesAddressed().isEmpty());
        assertThat(history.households).anyMatch(h -> h.help.stream().anyMatch(GeneratedHistory.Help::voided));
        assertThat(api.as("auditor").get("/api/escapes?year=2018").status()).isEqualTo(200);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    @Test
    void thePovertyListTodayHasTheOpenPoorAndNearPoorHouseholdsOfEachCommune() {
        for (String commune : GeneratedHistory.COMMUNES) {
            Map<String, List<String>> expected = listedOn(commune, today());
            JsonNode list = api.as("committee").consistent().get("/api/poverty-list?size=1000&commune=" + commune).json();
            assertThat(statusesOf(list)).isEqualTo(expected);
            assertThat(list.get("total").asLong()).isEqualTo(expected.size());

            JsonNode poorOnly = api.as("committee").get("/api/poverty-list?size=1000&status=POOR&commune=" + commune).json();
            assertThat(poorOnly.get("total").asLong()).isEqualTo(expected.values().stream().filter(st -> st.get(0).equals("POOR")).count());
            JsonNode page = api.as("committee").get("/api/poverty-list?size=2&page=1&commune=" + commune).json();
            assertThat(page.get("total").asLong()).isEqualTo(expected.size());
            assertThat(page.get("items").size()).isEqualTo(Math.max(0, Math.min(2, expected.size() - 2)));
        }
        JsonNode mine = api.as("stats").get("/api/poverty-list?size=1000").json();
        mine.get("items").forEach(i -> assertThat(i.get("communeCode").asText()).startsWith("STAT_"));
        assertThat(api.as("stats").get("/api/poverty-list?commune=HA_LAN").status()).isEqualTo(403);
        assertThat(api.as("committee").get("/api/poverty-list?size=1001").status()).isEqualTo(400);
        assertThat(api.as("committee").get("/api/poverty-list?status=RICH").status()).isEqualTo(400);
    }

    /**
     * {@code on=DATE}: who was listed on that business date, as the ledger knows it now — each household by
     * the assessments decided by then, in the commune it belonged to and open on that day. (Other tests add
     * households to these communes: the generated ones are compared.)
     */
    @Test
    void thePovertyListOnABusinessDateHasWhoWasListedThatDay() {
        api.as("committee").consistent().get("/api/poverty-list");
        for (LocalDate day : List.of(LocalDate.of(2016, 12, 31), LocalDate.of(2017, 6, 30), LocalDate.of(2018, 1, 1),
                LocalDate.of(2018, 12, 31), LocalDate.of(2021, 2, 1), today())) {
            for (String commune : GeneratedHistory.COMMUNES) {
                Map<String, List<String>> expected = listedOn(commune, day);
                JsonNode list = api.as("committee").get("/api/poverty-list?size=1000&commune=" + commune + "&on=" + day).json();
                Map<String, List<String>> generated = new HashMap<>(statusesOf(list));
                generated.keySet().removeIf(code -> !code.startsWith(prefix));
                assertThat(generated).as(commune + " on " + day).isEqualTo(expected);
            }
        }
        JsonNode mine = api.as("stats").get("/api/poverty-list?size=1000&on=2018-01-01").json();
        assertThat(mine.get("total").asLong()).isPositive();
        mine.get("items").forEach(i -> assertThat(i.get("communeCode").asText()).startsWith("STAT_"));
        assertThat(api.as("stats").get("/api/poverty-list?commune=HA_LAN&on=2018-01-01").status()).isEqualTo(403);
        Problems.assertInvalid(api.as("committee").get("/api/poverty-list?on=2018-13-01"), "on");
        Problems.assertInvalid(api.as("committee").get("/api/poverty-list?on=1800-01-01"), "on");
    }

    /** The households of {@code commune} listed on {@code day} in the generated history: code to status and since. */
    private Map<String, List<String>> listedOn(String commune, LocalDate day) {
        Map<String, List<String>> expected = new HashMap<>();
        for (GeneratedHistory.Household h : history.households) {
            List<String> status = h.statusOn(day);
            if (status != null && !status.get(0).equals("NOT_POOR") && !h.closedBy(day) && h.communeOn(day).equals(commune)) {
                expected.put(h.code, status);
            }
        }
        return expected;
    }

    private static Map<String, List<String>> statusesOf(JsonNode list) {
        Map<String, List<String>> statuses = new HashMap<>();
        list.get("items").forEach(i -> statuses.put(i.get("code").asText(), List.of(i.get("status").asText(),
                i.get("since").asText())));
        return statuses;
    }

    @Test
    void eachHouseholdShowsTheStatusAndTheAssessmentItsStandingAssessmentsGive() {
        for (GeneratedHistory.Household h : history.households) {
            JsonNode view = api.as("stats").consistent().get("/api/households/" + h.id).json();
            List<String> status = h.statusOn(today());
            if (status == null) {
                assertThat(view.get("status").isNull()).as(h.code).isTrue();
                assertThat(view.get("lastAssessment").isNull()).as(h.code).isTrue();
                continue;
            }
            GeneratedHistory.Assessment last = h.standing().get(h.standing().size() - 1);
            JsonNode assessment = view.get("lastAssessment");
            assertThat(List.of(view.get("status").asText(), view.get("statusSince").asText())).as(h.code).isEqualTo(status);
            assertThat(assessment.get("assessedOn").asText()).as(h.code).isEqualTo(last.on().toString());
            assertThat(assessment.get("incomePerCapitaMonthly").asLong()).isEqualTo(last.income());
            assertThat(strings(view.get("deprivations"))).isEqualTo(last.deprivations());
            assertThat(strings(view.get("causes"))).isEqualTo(last.causes());
            assertThat(view.get("policyGroup").asText()).isEqualTo(last.working() ? "POVERTY_REDUCTION" : "SOCIAL_PROTECTION");
        }
        // The history must void the assessment a status rested on, one that others follow, and an escape, or this proves little.
        assertThat(history.households).anyMatch(h -> h.assessments.get(h.assessments.size() - 1).voided() && !h.standing().isEmpty());
        assertThat(history.households).anyMatch(h -> h.standing().isEmpty() && !h.assessments.isEmpty());
        assertThat(history.households).anyMatch(h -> {
            for (int i = 1; i < h.assessments.size() - 1; i++) {
                GeneratedHistory.Assessment a = h.assessments.get(i);
                if (a.voided() && h.assessments.get(i - 1).classification().equals("POOR") && !a.classification().equals("POOR")
                        && !h.assessments.get(i + 1).voided()) {
                    return true;
                }
            }
            return false;
        });
    }

    /** Every projection rebuilt from the event store, voidings and restatements included, answers as before. */
    @Test
    void aRebuildOfEveryProjectionAnswersEveryReadAsBefore() throws InterruptedException {
        List<String> reads = new ArrayList<>();
        for (int year = 2017; year <= 2018; year++) {
            reads.addAll(List.of("/api/statistics/communes?year=" + year, "/api/statistics/flows?year=" + year,
                    "/api/escapes?size=1000&year=" + year));
        }
        for (String commune : GeneratedHistory.COMMUNES) {
            reads.addAll(List.of("/api/poverty-list?size=1000&commune=" + commune,
                    "/api/statistics/deprivations?year=2017&status=POOR&commune=" + commune,
                    "/api/statistics/causes?year=2017&commune=" + commune));
        }
        history.households.forEach(h -> reads.add("/api/households/" + h.id));
        Map<String, JsonNode> before = new LinkedHashMap<>();
        for (String read : reads) {
            before.put(read, api.as("stats").consistent().get(read).json());
        }
        AdminProjections projections = new AdminProjections(api);

        projections.rebuildAll();
        projections.awaitSettled();

        for (String read : reads) {
            assertThat(api.as("stats").consistent().get(read).json()).as(read).isEqualTo(before.get(read));
        }
    }

    @Test
    void theLivePovertyListFiltersAndPagesAsTheListReplayedForNow() throws InterruptedException {
        UUID escaped = registerHousehold(BAC_SON);
        int lastYear = LocalDate.now(vn.householdledger.api.time.BusinessCalendar.VIETNAM).getYear() - 1;
        List<String> three = List.of("HEALTH_INSURANCE", "HOUSING_QUALITY", "SANITARY_TOILET");
        assertThat(api.as("worker").post("/api/households/" + escaped + "/assessments",
                Bodies.assessment(lastYear - 1, (lastYear - 1) + "-12-01", 500_000, three, List.of(), true)).status()).isEqualTo(201);
        assertThat(api.as("worker").post("/api/households/" + escaped + "/assessments",
                Bodies.assessment(lastYear, lastYear + "-12-01", 9_000_000, List.of(), List.of(), true)).status()).isEqualTo(201);
        api.as("committee").consistent().get("/api/poverty-list");
        Thread.sleep(5);
        Instant now = Instant.now();
        for (String query : List.of("size=1000", "size=7&page=2", "size=5&page=1000", "size=1000&status=POOR",
                "size=1000&status=NEAR_POOR", "size=1000&status=NEWLY_ESCAPED", "size=1000&policyGroup=SOCIAL_PROTECTION",
                "size=3&page=1&commune=STAT_A&status=NEAR_POOR&policyGroup=POVERTY_REDUCTION")) {
            JsonNode live = api.as("committee").get("/api/poverty-list?" + query).json();
            JsonNode replayed = api.as("auditor").get("/api/audit/poverty-list?" + query + "&asOf=" + now).json();
            assertThat(live).as(query).isEqualTo(replayed);
        }
        JsonNode newlyEscaped = api.as("committee").get("/api/poverty-list?size=1000&status=NEWLY_ESCAPED").json();
        assertThat(newlyEscaped.get("items")).extracting(i -> i.get("householdId").asText()).contains(escaped.toString());
        newlyEscaped.get("items").forEach(i -> assertThat(i.get("status").asText()).isEqualTo("NEWLY_ESCAPED"));
    }

    @Test
    void thePovertyListAsOfAnInstantIsTheListThatWasLiveThen() throws InterruptedException {
        String commune = "STAT_B";
        JsonNode captured = api.as("committee").consistent().get("/api/poverty-list?size=1000&commune=" + commune).json();
        JsonNode capturedWhole = api.as("committee").get("/api/poverty-list?size=1000").json();
        Thread.sleep(5);
        Instant capturedAt = Instant.now();
        Thread.sleep(5);

        UUID household = registerHousehold(BAC_SON);
        Map<String, Object> body = household(commune, uniqueCode("ST-LATE"));
        LedgerApi.Response late = api.as("stats").post("/api/households", body);
        UUID lateId = UUID.fromString(late.json().get("householdId").asText());
        Map<String, Object> poor = new LinkedHashMap<>();
        poor.put("year", 2018);
        poor.put("assessedOn", "2018-11-20");
        poor.put("incomePerCapitaMonthly", 100_000);
        poor.put("deprivations", List.of());
        poor.put("causes", List.of());
        poor.put("hasWorkingMember", true);
        assertThat(api.as("stats").post("/api/households/" + lateId + "/assessments", poor).status()).isEqualTo(201);
        assertThat(household).isNotNull();

        JsonNode live = api.as("committee").consistent().get("/api/poverty-list?size=1000&commune=" + commune).json();
        assertThat(live.get("total").asLong()).isEqualTo(captured.get("total").asLong() + 1);
        JsonNode asOf = api.as("auditor").get("/api/audit/poverty-list?size=1000&commune=" + commune + "&asOf=" + capturedAt).json();
        assertThat(asOf).isEqualTo(captured);
        assertThat(captured.get("total").asLong()).isPositive();
        assertThat(api.as("auditor").get("/api/audit/poverty-list?size=1000&asOf=" + capturedAt).json()).isEqualTo(capturedWhole);
        assertThat(api.as("committee").get("/api/audit/poverty-list?asOf=" + capturedAt).status()).isEqualTo(403);
        assertThat(api.as("auditor").get("/api/audit/poverty-list?asOf=yesterday").status()).isEqualTo(400);
    }
}
