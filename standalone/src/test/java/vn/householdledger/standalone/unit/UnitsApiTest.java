package vn.householdledger.standalone.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.unit.MergedHistory.A;
import static vn.householdledger.standalone.unit.MergedHistory.B;
import static vn.householdledger.standalone.unit.MergedHistory.C;
import static vn.householdledger.standalone.unit.MergedHistory.MERGED_ON;
import static vn.householdledger.standalone.unit.MergedHistory.rate;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.commune.CommuneKind;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.standalone.Bodies;
import vn.householdledger.standalone.Problems;
import vn.householdledger.standalone.admin.AdminProjections;
import vn.householdledger.testing.LedgerApi;

/**
 * Units that change, read: a seeded history across a merge ({@link MergedHistory}) fed through the HTTP API,
 * the units and their changes included ({@link UnitChanges}); then every
 * committee read compared, under the units of the year and of today, with the test's own model; the
 * list as of an instant before the merge with what was listed then; the scopes of a worker of the unit
 * merged into; and the same answers after a rebuild of every projection.
 */
class UnitsApiTest extends ApiTest {

    private static final String PROVINCE = "UNIT_PROVINCE";
    private static final String SPLIT_FROM = "UNIT_S";
    private static final String SPLIT_INTO = "UNIT_T";
    private static final String REFERENCE = "Nghị quyết 1686/NQ-UBTVQH15";

    private static MergedHistory history;
    private static Instant beforeMerge;
    private static final Map<String, JsonNode> LISTED_BEFORE_MERGE = new HashMap<>();
    private static JsonNode currentTableBeforeMerge;

    private UnitChanges store;

    @BeforeEach
    void loadHistoryOnce() throws InterruptedException {
        store = new UnitChanges(api);
        if (history != null) {
            return;
        }
        MergedHistory generated = new MergedHistory(20250701L, uniqueCode("UN"));
        store.registerProvince(PROVINCE, "Tỉnh Thử Nghiệm");
        ensureCommune(A, "Xã An Thái", "COMMUNE", "RURAL");
        ensureCommune(B, "Phường Bình Minh", "WARD", "URBAN");
        plan(A);
        plan(B);
        for (MergedHistory.Household h : generated.households) {
            if (!h.placements.firstEntry().getValue().equals(C)) {
                register(h);
            }
        }
        assess(generated, 2023);
        assess(generated, 2024);
        currentTableBeforeMerge = read("/api/statistics/communes?year=2024&units=current");
        for (String unit : List.of(A, B)) {
            LISTED_BEFORE_MERGE.put(unit, read("/api/poverty-list?size=1000&commune=" + unit));
        }
        beforeMerge = Instant.now();
        Thread.sleep(5);
        store.registerUnit(C, "Phường An Bình", CommuneKind.WARD, Area.URBAN, MERGED_ON, PROVINCE, "16015");
        store.merge(List.of(A, B), C, MERGED_ON, REFERENCE);
        plan(C);
        for (MergedHistory.Household h : generated.households) {
            if (h.placements.firstEntry().getValue().equals(C)) {
                register(h);
            }
        }
        assess(generated, 2025);
        assess(generated, 2026);
        history = generated;
    }

    private void plan(String unit) {
        MergedHistory.PLANS.get(unit).forEach((year, plan) -> assertThat(api.as("admin").put("/api/communes/" + unit + "/years/" + year,
                Map.of("households", plan[0], "poorTargetEndOfYear", plan[1])).status()).isEqualTo(200));
    }

    private void register(MergedHistory.Household h) {
        Map<String, Object> body = household(h.placements.firstEntry().getValue(), h.code);
        body.put("registeredOn", h.placements.firstKey().toString());
        LedgerApi.Response registered = api.as("units").post("/api/households", body);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        h.id = UUID.fromString(registered.json().get("householdId").asText());
    }

    /** The review of {@code year}, and the transfers dated before it. */
    private void assess(MergedHistory generated, int year) {
        for (MergedHistory.Household h : generated.households) {
            h.placements.tailMap(LocalDate.of(year, 1, 1)).headMap(LocalDate.of(year + 1, 1, 1)).forEach((on, unit) -> {
                if (!on.equals(h.placements.firstKey())) {
                    assertThat(api.as("units").post("/api/households/" + h.id + "/transfer",
                            Map.of("toCommuneCode", unit, "date", on.toString())).status()).isEqualTo(200);
                }
            });
            for (MergedHistory.Assessment a : h.assessments) {
                if (a.year() == year) {
                    LedgerApi.Response answer = api.as("units").post("/api/households/" + h.id + "/assessments",
                            Bodies.assessment(year, a.on().toString(), a.income(), a.deprivations(), a.causes(), a.working()));
                    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
                    assertThat(answer.json().get("classification").asText()).as(h.code).isEqualTo(a.classification());
                }
            }
        }
    }

    /** A read by an auditor, who reads everything, once it reflects every event recorded before it. */
    private JsonNode read(String path) {
        LedgerApi.Response response = api.as("auditor").consistent().get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static LocalDate today() {
        return BusinessCalendar.today(java.time.Clock.system(BusinessCalendar.VIETNAM));
    }

    private static Map<String, JsonNode> rowsOf(JsonNode answer, String codeField) {
        Map<String, JsonNode> rows = new TreeMap<>();
        answer.get("rows").forEach(row -> {
            String code = row.get(codeField).asText();
            if (List.of(A, B, C).contains(code)) {
                rows.put(code, row);
            }
        });
        return rows;
    }

    @Test
    void theUnitsOfADayAreThoseInForceWithTheProvinceAndWhatEachCameFrom() {
        Map<String, JsonNode> before = units("?on=2025-06-30");
        assertThat(before).containsKeys(A, B).doesNotContainKey(C);
        assertThat(before.get(A).get("kind").asText()).isEqualTo("COMMUNE");
        assertThat(before.get(A).get("cameFrom")).isEmpty();
        Map<String, JsonNode> after = units("?on=" + MERGED_ON);
        assertThat(after).containsKey(C).doesNotContainKeys(A, B);
        JsonNode merged = after.get(C);
        assertThat(merged.get("name").asText()).isEqualTo("Phường An Bình");
        assertThat(merged.get("kind").asText()).isEqualTo("WARD");
        assertThat(merged.get("area").asText()).isEqualTo("URBAN");
        assertThat(merged.get("provinceCode").asText()).isEqualTo(PROVINCE);
        assertThat(merged.get("provinceName").asText()).isEqualTo("Tỉnh Thử Nghiệm");
        assertThat(merged.get("officialCode").asText()).isEqualTo("16015");
        assertThat(merged.get("establishedOn").asText()).isEqualTo(MERGED_ON.toString());
        assertThat(merged.get("cameFrom")).extracting(JsonNode::asText).containsExactly(A, B);
        assertThat(units("")).containsKey(C).doesNotContainKeys(A, B);
        assertThat(api.as("worker").get("/api/units").status()).isEqualTo(200);
        Problems.assertInvalid(api.as("worker").get("/api/units?on=2025-13-01"), "on");
        Problems.assertInvalid(api.as("worker").get("/api/units?on=1800-01-01"), "on");
    }

    private Map<String, JsonNode> units(String query) {
        Map<String, JsonNode> units = new HashMap<>();
        read("/api/units" + query).get("items").forEach(item -> units.put(item.get("code").asText(), item));
        return units;
    }

    @Test
    void aReclassifiedAndRenamedUnitShowsItsNewKindAreaAndNameFromTheDayAndTheOldOnesBefore() {
        String unit = uniqueCommuneCode();
        ensureCommune(unit, "Xã Đông Sơn", "COMMUNE", "RURAL");
        LocalDate day = LocalDate.of(2024, 1, 1);
        store.reclassify(unit, CommuneKind.WARD, Area.URBAN, PROVINCE, day, "Nghị quyết 1234/NQ-UBTVQH15");
        store.rename(unit, "Phường Đông Sơn", day, "Nghị quyết 1234/NQ-UBTVQH15");

        JsonNode before = units("?on=" + day.minusDays(1)).get(unit);
        assertThat(List.of(before.get("name").asText(), before.get("kind").asText(), before.get("area").asText()))
                .containsExactly("Xã Đông Sơn", "COMMUNE", "RURAL");
        assertThat(before.get("provinceCode").isNull()).isTrue();
        JsonNode after = units("?on=" + day).get(unit);
        assertThat(List.of(after.get("name").asText(), after.get("kind").asText(), after.get("area").asText(),
                after.get("provinceCode").asText())).containsExactly("Phường Đông Sơn", "WARD", "URBAN", PROVINCE);
    }

    @Test
    void aDissolvedUnitIsInForceUntilTheDayBeforeItsDissolution() {
        String unit = uniqueCommuneCode();
        ensureCommune(unit, "Xã Hải Đảo", "COMMUNE", "RURAL");
        store.dissolve(unit, LocalDate.of(2025, 1, 1), "Nghị quyết 999/NQ-UBTVQH15");

        assertThat(units("?on=2024-12-31")).containsKey(unit);
        assertThat(units("?on=2025-01-01")).doesNotContainKey(unit);
        assertThat(rowCodes(read("/api/statistics/communes?year=2024"))).contains(unit);
        assertThat(rowCodes(read("/api/statistics/communes?year=2025"))).doesNotContain(unit);
    }

    private static List<String> rowCodes(JsonNode answer) {
        List<String> codes = new ArrayList<>();
        answer.get("rows").forEach(row -> codes.add(row.get("communeCode").asText()));
        return codes;
    }

    @Test
    void theCommuneTableAndFlowsOfEveryYearAreTheModelsUnderTheUnitsOfThenAndOfToday() {
        for (int year : MergedHistory.YEARS) {
            for (boolean current : List.of(false, true)) {
                LocalDate unitsOn = MergedHistory.unitsOn(year, current, today());
                String query = "?year=" + year + "&units=" + (current ? "current" : "then");
                Map<String, JsonNode> table = rowsOf(read("/api/statistics/communes" + query), "communeCode");
                Map<String, JsonNode> flows = rowsOf(read("/api/statistics/flows" + query), "communeCode");
                List<String> rows = MergedHistory.inForce(unitsOn);
                assertThat(table.keySet()).as(query).containsExactlyElementsOf(rows);
                assertThat(flows.keySet()).as(query).containsExactlyElementsOf(rows);
                for (String row : rows) {
                    LocalDate start = LocalDate.of(year - 1, 12, 31);
                    LocalDate end = MergedHistory.unitsOn(year, false, today());
                    long[] s = history.statuses(row, start, unitsOn);
                    long[] e = history.statuses(row, end, unitsOn);
                    long[] m = history.moves(row, year, unitsOn);
                    Long[] plan = MergedHistory.plan(row, year, unitsOn);
                    JsonNode t = table.get(row);
                    assertThat(List.of(t.get("households").asLong(), t.get("poorAtStart").asLong(), t.get("poorAtEnd").asLong(),
                            t.get("nearPoorAtEnd").asLong())).as(query + " " + row)
                            .containsExactly(plan[0], s[0], e[0], e[1]);
                    assertThat(t.get("poorTargetEnd").isNull() ? null : t.get("poorTargetEnd").asLong()).as(query + " " + row)
                            .isEqualTo(plan[1]);
                    assertThat(decimal(t.get("poorAtEndRate"))).as(query + " " + row).isEqualTo(rate(e[0], plan[0]));
                    assertThat(decimal(t.get("poorAtStartRate"))).as(query + " " + row).isEqualTo(rate(s[0], plan[0]));
                    JsonNode f = flows.get(row);
                    assertThat(List.of(f.get("poorAtStart").asLong(), f.get("escaped").asLong(), f.get("newlyPoor").asLong(),
                            f.get("fellBack").asLong(), f.get("poorAtEnd").asLong(), f.get("nearPoorAtStart").asLong(),
                            f.get("nearPoorAtEnd").asLong(), f.get("escapedNearPoverty").asLong())).as(query + " " + row)
                            .containsExactly(s[0], m[0], m[1], m[2], e[0], s[1], e[1], m[3]);
                    if (current) {
                        assertThat(s[0] - m[0] + m[1] + m[2]).as("today's unit holds every move, " + query).isEqualTo(e[0]);
                    }
                }
            }
        }
    }

    private static java.math.BigDecimal decimal(JsonNode value) {
        return value == null || value.isNull() ? null : value.decimalValue().setScale(2);
    }

    @Test
    void theFindingsAndEscapesOfEveryReviewAreTheModelsUnderTheUnitsOfThenAndOfToday() {
        for (int year : MergedHistory.YEARS) {
            for (boolean current : List.of(false, true)) {
                LocalDate unitsOn = MergedHistory.unitsOn(year, current, today());
                String units = "&units=" + (current ? "CURRENT" : "THEN");
                for (String commune : List.of(A, C)) {
                    String query = "?year=" + year + "&commune=" + commune + units;
                    List<String> scope = commune.equals(C) ? List.of(A, B, C) : List.of(A);
                    Map<MergedHistory.Household, MergedHistory.Assessment> reviewed = new LinkedHashMap<>();
                    history.reviewed(year).forEach((h, a) -> {
                        if (scope.contains(MergedHistory.unitOn(h.placementOn(a.on()), unitsOn))) {
                            reviewed.put(h, a);
                        }
                    });
                    JsonNode deprivations = read("/api/statistics/deprivations" + query + "&status=POOR");
                    List<MergedHistory.Assessment> poor = reviewed.values().stream()
                            .filter(a -> a.classification().equals("POOR")).toList();
                    assertThat(deprivations.get("base").asLong()).as(query).isEqualTo(poor.size());
                    Map<String, Long> indicators = new TreeMap<>();
                    poor.forEach(a -> a.deprivations().forEach(d -> indicators.merge(d, 1L, Long::sum)));
                    Map<String, Long> found = new TreeMap<>();
                    deprivations.get("indicators").forEach(i -> found.put(i.get("code").asText(), i.get("households").asLong()));
                    assertThat(found).as(query).isEqualTo(indicators);

                    JsonNode causes = read("/api/statistics/causes" + query);
                    Map<String, Long> mentions = new TreeMap<>();
                    poor.forEach(a -> a.causes().forEach(c -> mentions.merge(c, 1L, Long::sum)));
                    Map<String, Long> mentioned = new TreeMap<>();
                    causes.get("causes").forEach(c -> {
                        if (c.get("mentions").asLong() > 0) {
                            mentioned.put(c.get("code").asText(), c.get("mentions").asLong());
                        }
                    });
                    assertThat(causes.get("households").asLong()).as(query).isEqualTo(poor.size());
                    assertThat(mentioned).as(query).isEqualTo(mentions);

                    Map<String, String> escapes = new TreeMap<>();
                    read("/api/escapes" + query + "&size=1000").get("items")
                            .forEach(e -> escapes.put(e.get("code").asText(), e.get("communeCode").asText()));
                    Map<String, String> expected = new TreeMap<>(history.escapes(year, unitsOn));
                    expected.values().removeIf(unit -> !scope.contains(unit));
                    assertThat(escapes).as(query).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void theReviewResultsOfEveryListsYearAreTheModelsUnderTheUnitsOfThenAndOfToday() {
        for (int listsYear = 2024; listsYear <= 2027; listsYear++) {
            for (boolean current : List.of(false, true)) {
                LocalDate unitsOn = MergedHistory.unitsOn(listsYear, current, today());
                String query = "?year=" + listsYear + "&commune=" + C + "&units=" + (current ? "current" : "then");
                Map<String, JsonNode> rows = rowsOf(read("/api/reports/review-results" + query), "communeCode");
                List<String> expectedRows = MergedHistory.inForce(unitsOn);
                assertThat(rows.keySet()).as(query).containsExactlyElementsOf(expectedRows);
                for (String row : expectedRows) {
                    long poor = 0;
                    long nearPoor = 0;
                    long socialProtection = 0;
                    for (var reviewed : history.reviewed(listsYear - 1).entrySet()) {
                        MergedHistory.Assessment a = reviewed.getValue();
                        if (MergedHistory.unitOn(reviewed.getKey().placementOn(a.on()), unitsOn).equals(row)) {
                            poor += a.classification().equals("POOR") ? 1 : 0;
                            nearPoor += a.classification().equals("NEAR_POOR") ? 1 : 0;
                            socialProtection += a.classification().equals("POOR") && !a.working() ? 1 : 0;
                        }
                    }
                    long households = MergedHistory.plan(row, listsYear, unitsOn)[0];
                    long[] m = history.moves(row, listsYear - 1, unitsOn);
                    JsonNode r = rows.get(row);
                    assertThat(List.of(r.get("households").asLong(), r.get("poor").asLong(), r.get("nearPoor").asLong(),
                            r.get("escaped").asLong(), r.get("newlyPoor").asLong(), r.get("fellBack").asLong(),
                            r.get("escapedNearPoverty").asLong(), r.get("poorSocialProtection").asLong())).as(query + " " + row)
                            .containsExactly(households, poor, nearPoor, m[0], m[1], m[2], m[3], socialProtection);
                    assertThat(decimal(r.get("poorRate"))).as(query + " " + row).isEqualTo(rate(poor, households));
                }
            }
        }
        for (String format : List.of("xlsx", "pdf")) {
            LedgerApi.Download file = api.as("committee").download("/api/reports/review-results?year=2025&units=current&format=" + format);
            assertThat(file.status()).as(format).isEqualTo(200);
            assertThat(file.body()).as(format).isNotEmpty();
        }
    }

    @Test
    void theListAsOfAnInstantBeforeTheMergeIsWhatTheListAnsweredThen() {
        for (String unit : List.of(A, B)) {
            JsonNode asOf = api.as("auditor").get("/api/audit/poverty-list?size=1000&commune=" + unit + "&asOf=" + beforeMerge).json();
            assertThat(asOf).as(unit).isEqualTo(LISTED_BEFORE_MERGE.get(unit));
            assertThat(LISTED_BEFORE_MERGE.get(unit).get("total").asLong()).as(unit).isPositive();
        }
        JsonNode now = read("/api/poverty-list?size=1000&commune=" + C);
        assertThat(now.get("items")).isNotEmpty().allSatisfy(item -> assertThat(item.get("communeCode").asText()).isEqualTo(C));
        JsonNode asOfNow = api.as("auditor").get("/api/audit/poverty-list?size=1000&commune=" + C + "&asOf=" + Instant.now()).json();
        assertThat(asOfNow).isEqualTo(now);
    }

    @Test
    void figuresKeptBeforeTheMergeAreComputedAnewUnderTodaysUnitsAfterIt() {
        assertThat(rowsOf(currentTableBeforeMerge, "communeCode").keySet()).containsExactly(A, B);
        assertThat(rowsOf(read("/api/statistics/communes?year=2024&units=current"), "communeCode").keySet()).containsExactly(C);
    }

    @Test
    void aWorkerOfTheUnitMergedIntoReadsTheHouseholdsOfTheUnitsThatJoinedIt() {
        MergedHistory.Household ofA = history.households.stream().filter(h -> h.placementOn(today()).equals(A)).findFirst()
                .orElseThrow();
        LedgerApi.Response view = api.as("unit-c").consistent().get("/api/households/" + ofA.id);
        assertThat(view.status()).as(view.toString()).isEqualTo(200);
        assertThat(view.json().get("communeCode").asText()).isEqualTo(C);
        assertThat(api.as("unit-c").get("/api/households/" + ofA.id + "/history").status()).isEqualTo(200);
        assertThat(api.as("other").get("/api/households/" + ofA.id).status()).isEqualTo(403);

        JsonNode found = api.as("unit-c").get("/api/households?size=1000&q=" + ofA.code).json();
        assertThat(found.get("items")).hasSize(1);
        assertThat(found.get("items").get(0).get("communeCode").asText()).isEqualTo(C);
        assertThat(api.as("unit-c").get("/api/households?commune=" + A).status()).isEqualTo(200);
        assertThat(api.as("other").get("/api/households?commune=" + C).status()).isEqualTo(403);

        JsonNode listed = api.as("unit-c").get("/api/poverty-list?size=1000").json();
        JsonNode listedThen = api.as("unit-c").get("/api/poverty-list?size=1000&on=2024-12-31").json();
        List<String> units = new ArrayList<>();
        listed.get("items").forEach(i -> units.add(i.get("communeCode").asText()));
        assertThat(units).isNotEmpty().containsOnly(C);
        units.clear();
        listedThen.get("items").forEach(i -> units.add(i.get("communeCode").asText()));
        assertThat(units).isNotEmpty().isSubsetOf(A, B);
        assertThat(api.as("unit-c").get("/api/escapes?year=2024").status()).isEqualTo(200);
        assertThat(api.as("other").get("/api/statistics/deprivations?year=2024&commune=" + A).status()).isEqualTo(403);
    }

    @Test
    void theCommitteeOfAProvinceReadsItsUnitsAndTheUnitsThatJoinedThem() {
        LedgerApi.Request committee = api.as("province-committee").consistent();
        assertThat(rowsOf(committee.get("/api/statistics/communes?year=2024").json(), "communeCode").keySet())
                .containsExactly(A, B);
        assertThat(rowsOf(committee.get("/api/statistics/communes?year=2024&units=current").json(), "communeCode").keySet())
                .containsExactly(C);
        committee.get("/api/statistics/flows?year=2024").json().get("rows")
                .forEach(row -> assertThat(row.get("communeCode").asText()).isNotIn(HA_LAN, BAC_SON, QUANG_TRUNG));
        assertThat(committee.get("/api/poverty-list?commune=" + A).status()).isEqualTo(200);
        assertThat(committee.get("/api/poverty-list?commune=" + HA_LAN).status()).isEqualTo(403);
        assertThat(api.as("committee").get("/api/poverty-list?commune=" + HA_LAN).status()).isEqualTo(200);
    }

    @Test
    void theHouseholdsOfASplitVillageFollowItIntoTheNewUnitFromTheDay() {
        ensureCommune(SPLIT_FROM, "Xã Sơn Thủy", "COMMUNE", "RURAL");
        Map<String, UUID> byVillage = new HashMap<>();
        for (String village : List.of("Thôn Bắc", "Thôn Nam")) {
            Map<String, Object> body = household(SPLIT_FROM, uniqueCode("SP"));
            body.put("village", village);
            body.put("registeredOn", "2022-03-01");
            LedgerApi.Response registered = api.as("units").post("/api/households", body);
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
            UUID id = UUID.fromString(registered.json().get("householdId").asText());
            assertThat(api.as("units").post("/api/households/" + id + "/assessments", Bodies.assessment(2024, "2024-11-20",
                    1_000_000, List.of("HOUSING_QUALITY", "SANITARY_TOILET", "DOMESTIC_WATER"), List.of("LACK_CAPITAL"), true))
                    .status()).isEqualTo(201);
            byVillage.put(village, id);
        }
        store.registerUnit(SPLIT_INTO, "Xã Tân Thủy", CommuneKind.COMMUNE, Area.RURAL, MERGED_ON, PROVINCE, null);
        store.split(SPLIT_FROM, SPLIT_INTO, List.of("Thôn Bắc"), MERGED_ON, REFERENCE);

        assertThat(read("/api/households/" + byVillage.get("Thôn Bắc")).get("communeCode").asText()).isEqualTo(SPLIT_INTO);
        assertThat(read("/api/households/" + byVillage.get("Thôn Nam")).get("communeCode").asText()).isEqualTo(SPLIT_FROM);
        JsonNode unit = units("?on=" + MERGED_ON).get(SPLIT_INTO);
        assertThat(unit.get("cameFrom")).extracting(JsonNode::asText).containsExactly(SPLIT_FROM);
        assertThat(units("?on=" + MERGED_ON)).containsKey(SPLIT_FROM);
        assertThat(idsListed("/api/poverty-list?commune=" + SPLIT_INTO)).containsExactly(byVillage.get("Thôn Bắc").toString());
        assertThat(idsListed("/api/poverty-list?commune=" + SPLIT_FROM)).containsExactly(byVillage.get("Thôn Nam").toString());
        assertThat(idsListed("/api/poverty-list?commune=" + SPLIT_FROM + "&on=2025-06-30"))
                .containsExactlyInAnyOrder(byVillage.get("Thôn Bắc").toString(), byVillage.get("Thôn Nam").toString());
    }

    private List<String> idsListed(String path) {
        List<String> ids = new ArrayList<>();
        read(path + "&size=1000").get("items").forEach(i -> ids.add(i.get("householdId").asText()));
        return ids;
    }

    @Test
    void unitsIsThenOrCurrentInEitherCaseAndAnythingElseIsRefusedNamingIt() {
        for (String path : List.of("/api/statistics/communes?year=2024", "/api/statistics/flows?year=2024",
                "/api/statistics/deprivations?year=2024&commune=" + C, "/api/statistics/causes?year=2024&commune=" + C,
                "/api/escapes?year=2024&commune=" + C, "/api/reports/review-results?year=2025&commune=" + C)) {
            assertThat(read(path + "&units=CURRENT")).as(path).isEqualTo(read(path + "&units=current"));
            assertThat(read(path + "&units=Then")).as(path).isEqualTo(read(path));
            Problems.assertInvalid(api.as("committee").get(path + "&units=sometimes"), "units");
        }
    }

    @Test
    void aRebuildOfEveryProjectionGivesTheSameAnswers() throws InterruptedException {
        List<String> reads = new ArrayList<>(List.of("/api/units?on=2025-06-30", "/api/units?on=" + MERGED_ON,
                "/api/poverty-list?size=1000&commune=" + C, "/api/poverty-list?size=1000&commune=" + C + "&on=2024-12-31"));
        for (int year : MergedHistory.YEARS) {
            for (String units : List.of("then", "current")) {
                String query = "?year=" + year + "&units=" + units;
                reads.addAll(List.of("/api/statistics/communes" + query, "/api/statistics/flows" + query,
                        "/api/statistics/deprivations" + query + "&commune=" + C, "/api/statistics/causes" + query + "&commune=" + C,
                        "/api/escapes" + query + "&commune=" + C, "/api/reports/review-results" + query + "&commune=" + C));
            }
        }
        history.households.forEach(h -> reads.add("/api/households/" + h.id));
        Map<String, JsonNode> before = new LinkedHashMap<>();
        reads.forEach(read -> before.put(read, read(read)));
        AdminProjections projections = new AdminProjections(api);
        assertThat(projections.named("units")).isNotNull();

        projections.rebuildAll();
        projections.awaitSettled();

        for (String read : reads) {
            assertThat(read(read)).as(read).isEqualTo(before.get(read));
        }
    }
}
