package vn.householdledger.standalone.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.Problems.assertInvalid;
import static vn.householdledger.standalone.Problems.assertProblem;
import static vn.householdledger.standalone.Problems.assertRuleViolation;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.commune.CommuneKind;
import vn.householdledger.api.commune.RegisterCommuneRequest;
import vn.householdledger.api.review.ListHouseholdRequest;
import vn.householdledger.api.review.ListingReason;
import vn.householdledger.api.review.OpenReviewRequest;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.api.unit.RegisterProvinceRequest;
import vn.householdledger.api.unit.UnitChangeKind;
import vn.householdledger.api.unit.UnitChangeRequest;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.standalone.Bodies;
import vn.householdledger.testing.LedgerApi;

/**
 * POST /api/provinces and POST /api/units/changes, and how the households of changed units follow them:
 * the worker of the unit merged into writes them from the effective date, a reclassified unit's poverty
 * line applies from its date, and no household enters a unit that has ended.
 */
class UnitChangeApiTest extends ApiTest {

    /** The province of this test's fresh units: {@code units-province} works for all of them. */
    private static final String PROVINCE = "UNITS_PROVINCE";
    /** The unit the fresh units merge into: {@code units-c} works for it alone. */
    private static final String C = "UNITS_C";
    private static final String ACT = "Nghị quyết 1686/NQ-UBTVQH15";
    private static final LocalDate EARLIER = LocalDate.of(2020, 1, 1);

    @Autowired
    private MeterRegistry meters;

    @BeforeEach
    void provinceAndC() {
        int province = api.as("admin").post("/api/provinces", new RegisterProvinceRequest(PROVINCE, "Tỉnh Thử", "99")).status();
        assertThat(province).isIn(201, 409);
        ensureCommune(C, "Phường Hợp Nhất", "WARD", "URBAN");
    }

    @Test
    void aProvinceIsRegisteredOnceAndAUnitNamesARegisteredOne() {
        String code = uniqueCommuneCode();
        LedgerApi.Response registered = api.as("admin").post("/api/provinces", new RegisterProvinceRequest(code, "Tỉnh Thanh Hóa", "38"));
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.json().get("code").asText()).isEqualTo(code);
        long before = eventCount();

        assertRuleViolation(api.as("admin").post("/api/provinces", new RegisterProvinceRequest(code, "Thanh Hóa", null)),
                "DUPLICATE_CODE");
        assertInvalid(api.as("admin").post("/api/communes", new RegisterCommuneRequest(uniqueCommuneCode(), "Xã Mới",
                CommuneKind.COMMUNE, Area.RURAL, null, uniqueCommuneCode(), null, null)), "provinceCode");
        assertThat(eventCount()).isEqualTo(before);

        assertThat(api.as("admin").post("/api/communes", new RegisterCommuneRequest(uniqueCommuneCode(), "Phường Bắc Sơn",
                CommuneKind.WARD, Area.URBAN, LocalDate.of(2025, 7, 1), code, "16192", "Thị xã Bỉm Sơn")).status()).isEqualTo(201);
    }

    @Test
    void aWorkerMayNotRecordAChange() {
        String unit = freshUnit(Area.RURAL);
        long before = eventCount();

        assertProblem(api.as("worker").post("/api/units/changes", merge(unit, C, EARLIER)), 403);
        assertProblem(api.as("worker").post("/api/provinces", new RegisterProvinceRequest(uniqueCommuneCode(), "Tỉnh", null)), 403);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aChangeWithoutTheFieldsOfItsKindIsRefusedNamingTheField() {
        String unit = freshUnit(Area.RURAL);
        long before = eventCount();

        assertInvalid(change(change(UnitChangeKind.MERGE, unit, null, null, null, null)), "into");
        assertInvalid(change(change(UnitChangeKind.RENAME, unit, null, null, null, null)), "name");
        assertInvalid(change(change(UnitChangeKind.RECLASSIFY, unit, null, null, null, null)), "area");
        assertInvalid(change(change(UnitChangeKind.SPLIT, unit, C, null, null, null)), "villages");
        assertInvalid(change(change(UnitChangeKind.DISSOLVE, unit, null, null, Area.URBAN, null)), "area");
        assertInvalid(change(change(UnitChangeKind.RECLASSIFY, unit, null, null, null, uniqueCommuneCode())), "provinceCode");
        assertInvalid(change(merge(uniqueCommuneCode(), C, EARLIER)), "from");
        assertInvalid(change(merge(unit, uniqueCommuneCode(), EARLIER)), "into");
        assertInvalid(change(merge(unit, unit, EARLIER)), "into");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aRecordedChangeIsCountedByKindAndARefusedOneIsNot() {
        String unit = freshUnit(Area.RURAL);
        double before = dissolutions();

        created(change(change(UnitChangeKind.DISSOLVE, unit, null, null, null, null)));
        assertRuleViolation(change(new UnitChangeRequest(null, UnitChangeKind.DISSOLVE, EARLIER.plusDays(1), ACT, List.of(unit),
                null, null, null, null, null, null)), "UNIT_DISSOLVED");

        assertThat(dissolutions()).isEqualTo(before + 1);
    }

    private double dissolutions() {
        return meters.get("ledger.unit.changes").tag("kind", "DISSOLVE").counter().count();
    }

    @Test
    void nothingMergesIntoADissolvedUnit() {
        String unit = freshUnit(Area.RURAL);
        String dissolved = freshUnit(Area.RURAL);
        created(change(change(UnitChangeKind.DISSOLVE, dissolved, null, null, null, null)));
        long before = eventCount();

        assertRuleViolation(change(merge(unit, dissolved, EARLIER.plusYears(1))), "UNIT_DISSOLVED");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aChangeIsAllOrNothing() {
        String unit = freshUnit(Area.RURAL);
        String mergedAway = freshUnit(Area.RURAL);
        created(change(merge(mergedAway, C, EARLIER)));
        long before = eventCount();

        LedgerApi.Response refused = change(new UnitChangeRequest(null, UnitChangeKind.MERGE, EARLIER.plusYears(1), ACT,
                List.of(unit, mergedAway), C, null, null, null, null, null));

        assertRuleViolation(refused, "UNIT_DISSOLVED");
        assertThat(eventCount()).as("the unit still in force was not merged either").isEqualTo(before);
    }

    @Test
    void aChangeIsNotDatedBeforeTheUnitWasEstablished() {
        String unit = uniqueCommuneCode();
        created(api.as("admin").post("/api/communes", new RegisterCommuneRequest(unit, "Phường Mới", CommuneKind.WARD, Area.URBAN,
                LocalDate.of(2025, 7, 1), PROVINCE, null, null)));
        long before = eventCount();

        assertRuleViolation(change(new UnitChangeRequest(null, UnitChangeKind.RENAME, LocalDate.of(2025, 6, 30), ACT,
                List.of(unit), null, "Phường Cũ", null, null, null, null)), "DATED_BEFORE_UNIT");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aReclassificationThatSaysOtherwiseThanOneOfTheSameDayConflicts() {
        String unit = freshUnit(Area.RURAL);
        created(change(change(UnitChangeKind.RECLASSIFY, unit, null, CommuneKind.WARD, Area.URBAN, null)));
        long before = eventCount();

        assertRuleViolation(change(change(UnitChangeKind.RECLASSIFY, unit, null, null, Area.RURAL, null)), "CONFLICTING_CHANGE");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void theSameChangeIdAnswersAgainAndWritesNothingAndTakesNoOtherChange() {
        String unit = freshUnit(Area.RURAL);
        UUID changeId = UUID.randomUUID();
        UnitChangeRequest renamed = new UnitChangeRequest(changeId, UnitChangeKind.RENAME, EARLIER, ACT, List.of(unit), null,
                "Xã Tên Mới", null, null, null, null);
        assertThat(created(change(renamed)).json().get("changeId").asText()).isEqualTo(changeId.toString());
        long before = eventCount();

        assertThat(created(change(renamed)).json().get("changeId").asText()).isEqualTo(changeId.toString());
        assertInvalid(change(new UnitChangeRequest(changeId, UnitChangeKind.RENAME, EARLIER, ACT, List.of(unit), null,
                "Xã Tên Khác", null, null, null, null)), "changeId");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aReclassificationFromRuralToUrbanRaisesThePovertyLineFromItsDate() {
        String unit = freshUnit(Area.RURAL);
        UUID household = household(unit);
        created(change(new UnitChangeRequest(null, UnitChangeKind.RECLASSIFY, LocalDate.of(2019, 1, 1), ACT, List.of(unit), null,
                null, CommuneKind.WARD, Area.URBAN, null, null)));

        // 800,000 a month: above the rural poverty line of 2016–2020 (700,000), below the urban one (900,000).
        assertThat(classOf(household, 2018, "2018-11-15")).isEqualTo("NEAR_POOR");
        assertThat(classOf(household, 2019, "2019-11-15")).isEqualTo("POOR");
    }

    @Test
    void theWorkerOfTheUnitMergedIntoWritesItsHouseholdsFromTheEffectiveDateOnly() {
        Merging households = householdsMergingIntoC();

        assertThat(joinChild(households.followed()).status()).isEqualTo(201);
        long before = eventCount();
        assertProblem(joinChild(households.notYet()), 403);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void theWorkerOfTheUnitAVillageWasSplitIntoWritesItsHouseholds() {
        String unit = freshUnit(Area.RURAL);
        UUID household = household(unit);
        created(change(new UnitChangeRequest(null, UnitChangeKind.SPLIT, EARLIER, ACT, List.of(unit), C, null, null, null, null,
                List.of("Thôn Đông"))));

        assertThat(joinChild(household).status()).isEqualTo(201);
    }

    @Test
    void aReviewOfTheUnitMergedIntoListsTheHouseholdsOfTheUnitsThatJoinedIt() {
        Merging households = householdsMergingIntoC();
        String review = created(api.as("units-c").post("/api/reviews", new OpenReviewRequest(null, C, 2025, ReviewKind.AD_HOC,
                LocalDate.of(2025, 1, 15)))).json().get("reviewId").asText();

        created(api.as("units-c").post("/api/reviews/" + review + "/households",
                new ListHouseholdRequest(households.followed(), ListingReason.APPLIED)));
        long before = eventCount();
        assertRuleViolation(api.as("units-c").post("/api/reviews/" + review + "/households",
                new ListHouseholdRequest(households.notYet(), ListingReason.APPLIED)), "NOT_IN_COMMUNE");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void noHouseholdEntersAUnitThatHasMergedAway() {
        UUID household = household(freshUnit(Area.RURAL));
        String merged = freshUnit(Area.RURAL);
        created(change(merge(merged, C, EARLIER)));
        long before = eventCount();

        assertRuleViolation(api.as("units-province").post("/api/households/" + household + "/transfer",
                Map.of("toCommuneCode", merged, "date", "2021-01-01")), "UNIT_DISSOLVED");
        assertRuleViolation(api.as("units-c").post("/api/households", household(merged, uniqueCode("UC"))), "UNIT_DISSOLVED");
        assertThat(eventCount()).isEqualTo(before);
    }

    /** A household of a unit merged into C since 2020, and one of a unit that merges into C only tomorrow. */
    private record Merging(UUID followed, UUID notYet) {
    }

    private Merging householdsMergingIntoC() {
        String merged = freshUnit(Area.RURAL);
        UUID followed = household(merged);
        created(change(merge(merged, C, EARLIER)));
        String mergingTomorrow = freshUnit(Area.RURAL);
        UUID notYet = household(mergingTomorrow);
        created(change(merge(mergingTomorrow, C, LocalDate.now(BusinessCalendar.VIETNAM).plusDays(1))));
        return new Merging(followed, notYet);
    }

    private String freshUnit(Area area) {
        String code = uniqueCommuneCode();
        created(api.as("admin").post("/api/communes", new RegisterCommuneRequest(code, "Xã " + code,
                area == Area.URBAN ? CommuneKind.WARD : CommuneKind.COMMUNE, area, null, PROVINCE, null, null)));
        return code;
    }

    private UUID household(String unit) {
        return UUID.fromString(created(api.as("units-province").post("/api/households", household(unit, uniqueCode("UC"))))
                .json().get("householdId").asText());
    }

    /** The class an income of 800,000 a month gets in the review of {@code year}, assessed on {@code on}. */
    private String classOf(UUID household, int year, String on) {
        return created(api.as("units-province").post("/api/households/" + household + "/assessments",
                Bodies.assessment(year, on, 800_000, List.of(), List.of("LACK_CAPITAL"), true))).json().get("classification").asText();
    }

    private LedgerApi.Response joinChild(UUID household) {
        return api.as("units-c").post("/api/households/" + household + "/members",
                member("Nguyễn Văn Bình", "MALE", "2015-02-02", "CHILD", null));
    }

    private LedgerApi.Response change(UnitChangeRequest request) {
        return api.as("admin").post("/api/units/changes", request);
    }

    private static UnitChangeRequest merge(String from, String into, LocalDate on) {
        return new UnitChangeRequest(null, UnitChangeKind.MERGE, on, ACT, List.of(from), into, null, null, null, null, null);
    }

    private static UnitChangeRequest change(UnitChangeKind kind, String from, String into, CommuneKind communeKind, Area area,
                                            String provinceCode) {
        return new UnitChangeRequest(null, kind, EARLIER, ACT, List.of(from), into, null, communeKind, area, provinceCode, null);
    }

    private static LedgerApi.Response created(LedgerApi.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response;
    }
}
