package vn.householdledger.command.commune;

import static vn.householdledger.command.household.Refusals.invalid;
import static vn.householdledger.command.household.Refusals.violates;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.commune.CommuneKind;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.api.unit.UnitChangeKind;
import vn.householdledger.events.commune.CommuneRegistered;
import vn.householdledger.events.commune.UnitDissolved;
import vn.householdledger.events.commune.UnitMerged;
import vn.householdledger.events.commune.UnitReclassified;
import vn.householdledger.events.commune.UnitRenamed;
import vn.householdledger.events.commune.UnitSplit;

/** A unit's part in each kind of change, and the rules that refuse one. */
class UnitChangeTest {

    private static final LocalDate REGISTERED = LocalDate.of(2025, 6, 1);
    private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);
    private static final String ACT = "1686/NQ-UBTVQH15";
    private static final UUID CHANGE = UUID.randomUUID();
    private static final CommuneRegistered HA_LAN = new CommuneRegistered("HA_LAN", "Xã Hà Lan", CommuneKind.COMMUNE,
            Area.RURAL, REGISTERED, null, "THANH_HOA", "16240", "Thị xã Bỉm Sơn");
    private static final CommuneRegistered QUANG_TRUNG = new CommuneRegistered("QUANG_TRUNG", "Phường Quang Trung",
            CommuneKind.WARD, Area.URBAN, REGISTERED, JULY_1, "THANH_HOA", "16195", null);

    private AggregateTestFixture<Commune> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Commune.class);
        fixture.registerInjectableResource(new InMemoryCommuneDirectory().withProvince("THANH_HOA"));
    }

    private static ChangeUnit change(UnitChangeKind kind, LocalDate on) {
        return new ChangeUnit("HA_LAN", CHANGE, kind, on, ACT, null, null, null, null, null, List.of());
    }

    private static ChangeUnit mergeInto(String into, UUID changeId, LocalDate on) {
        return new ChangeUnit("HA_LAN", changeId, UnitChangeKind.MERGE, on, ACT, into, null, null, null, null, List.of());
    }

    private static ChangeUnit reclassify(UUID changeId, Area area) {
        return new ChangeUnit("HA_LAN", changeId, UnitChangeKind.RECLASSIFY, JULY_1, ACT, null, null, null, area, null, List.of());
    }

    private static ChangeUnit rename(UUID changeId, String name, LocalDate on) {
        return new ChangeUnit("HA_LAN", changeId, UnitChangeKind.RENAME, on, ACT, null, name, null, null, null, List.of());
    }

    @Test
    void aMergedUnitRecordsTheUnitItJoinsFromTheEffectiveDate() {
        fixture.given(HA_LAN)
                .when(mergeInto("QUANG_TRUNG", CHANGE, JULY_1))
                .expectEvents(new UnitMerged("HA_LAN", CHANGE, "QUANG_TRUNG", JULY_1, ACT));
    }

    @Test
    void theUnitMergedIntoMayTakeANewNameFromThatDay() {
        fixture.given(QUANG_TRUNG)
                .when(new ReceiveUnits("QUANG_TRUNG", CHANGE, JULY_1, ACT, "Phường Bỉm Sơn"))
                .expectEvents(new UnitRenamed("QUANG_TRUNG", CHANGE, "Phường Bỉm Sơn", JULY_1, ACT));
    }

    @Test
    void aUnitEstablishedOnTheDayOfTheMergeTakesItWithoutAnEvent() {
        fixture.given(QUANG_TRUNG)
                .when(new ReceiveUnits("QUANG_TRUNG", CHANGE, JULY_1, ACT, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void nothingMergesIntoADissolvedUnit() {
        fixture.given(QUANG_TRUNG, new UnitDissolved("QUANG_TRUNG", UUID.randomUUID(), JULY_1.plusMonths(1), ACT))
                .when(new ReceiveUnits("QUANG_TRUNG", CHANGE, JULY_1.plusMonths(2), ACT, null))
                .expectException(violates(RuleCode.UNIT_DISSOLVED))
                .expectNoEvents();
    }

    @Test
    void nothingMergesIntoAUnitThatHasMergedItself() {
        fixture.given(QUANG_TRUNG, new UnitMerged("QUANG_TRUNG", UUID.randomUUID(), "BAC_SON", JULY_1, ACT))
                .when(new ReceiveUnits("QUANG_TRUNG", CHANGE, JULY_1, ACT, null))
                .expectException(violates(RuleCode.UNIT_DISSOLVED))
                .expectNoEvents();
    }

    @Test
    void aUnitMergedAwayTakesNoLaterChange() {
        fixture.given(HA_LAN, new UnitMerged("HA_LAN", UUID.randomUUID(), "QUANG_TRUNG", JULY_1, ACT))
                .when(rename(CHANGE, "Xã Hà Lan mới", JULY_1.plusDays(10)))
                .expectException(violates(RuleCode.UNIT_DISSOLVED))
                .expectNoEvents();
    }

    @Test
    void aChangeIsNotDatedBeforeTheUnitWasEstablished() {
        fixture.given(QUANG_TRUNG)
                .when(new ReceiveUnits("QUANG_TRUNG", CHANGE, JULY_1.minusDays(1), ACT, null))
                .expectException(violates(RuleCode.DATED_BEFORE_UNIT))
                .expectNoEvents();
    }

    @Test
    void aChangeOfAUnitIsNotDatedBeforeItWasEstablished() {
        fixture.given(new CommuneRegistered("HA_LAN", "Xã Hà Lan", CommuneKind.COMMUNE, Area.RURAL, REGISTERED, JULY_1,
                        null, null, null))
                .when(change(UnitChangeKind.DISSOLVE, JULY_1.minusDays(1)))
                .expectException(violates(RuleCode.DATED_BEFORE_UNIT))
                .expectNoEvents();
    }

    @Test
    void aReclassificationCarriesEveryValueOfTheUnitFromItsDate() {
        fixture.given(HA_LAN)
                .when(reclassify(CHANGE, Area.URBAN))
                .expectEvents(new UnitReclassified("HA_LAN", CHANGE, CommuneKind.COMMUNE, Area.URBAN, "THANH_HOA", JULY_1, ACT));
    }

    @Test
    void aSecondReclassificationOnTheSameDayThatSaysOtherwiseConflicts() {
        fixture.given(HA_LAN, new UnitReclassified("HA_LAN", UUID.randomUUID(), CommuneKind.COMMUNE, Area.URBAN, "THANH_HOA",
                        JULY_1, ACT))
                .when(reclassify(CHANGE, Area.RURAL))
                .expectException(violates(RuleCode.CONFLICTING_CHANGE))
                .expectNoEvents();
    }

    @Test
    void aSecondReclassificationThatSaysTheSameRecordsNothing() {
        fixture.given(HA_LAN, new UnitReclassified("HA_LAN", UUID.randomUUID(), CommuneKind.COMMUNE, Area.URBAN, "THANH_HOA",
                        JULY_1, ACT))
                .when(reclassify(CHANGE, Area.URBAN))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aSecondMergeOnTheSameDayIntoAnotherUnitConflicts() {
        fixture.given(HA_LAN, new UnitMerged("HA_LAN", UUID.randomUUID(), "QUANG_TRUNG", JULY_1, ACT))
                .when(mergeInto("BAC_SON", CHANGE, JULY_1))
                .expectException(violates(RuleCode.CONFLICTING_CHANGE))
                .expectNoEvents();
    }

    @Test
    void theSameMergeUnderAnotherIdRecordsNothing() {
        fixture.given(HA_LAN, new UnitMerged("HA_LAN", UUID.randomUUID(), "QUANG_TRUNG", JULY_1, ACT))
                .when(mergeInto("QUANG_TRUNG", CHANGE, JULY_1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aVillageSplitIntoAnotherUnitOnTheSameDayConflicts() {
        fixture.given(HA_LAN, new UnitSplit("HA_LAN", UUID.randomUUID(), "QUANG_TRUNG", List.of("Thôn Đông"), JULY_1, ACT))
                .when(new ChangeUnit("HA_LAN", CHANGE, UnitChangeKind.SPLIT, JULY_1, ACT, "BAC_SON", null, null, null, null,
                        List.of("Thôn Đông", "Thôn Tây")))
                .expectException(violates(RuleCode.CONFLICTING_CHANGE))
                .expectNoEvents();
    }

    @Test
    void aSecondRenameOnTheSameDayConflicts() {
        fixture.given(HA_LAN, new UnitRenamed("HA_LAN", UUID.randomUUID(), "Xã Hà Lan Một", JULY_1, ACT))
                .when(rename(CHANGE, "Xã Hà Lan Hai", JULY_1))
                .expectException(violates(RuleCode.CONFLICTING_CHANGE))
                .expectNoEvents();
    }

    @Test
    void aSplitMovesTheNamedVillages() {
        fixture.given(HA_LAN)
                .when(new ChangeUnit("HA_LAN", CHANGE, UnitChangeKind.SPLIT, JULY_1, ACT, "QUANG_TRUNG", null, null, null, null,
                        List.of("Thôn Đông")))
                .expectEvents(new UnitSplit("HA_LAN", CHANGE, "QUANG_TRUNG", List.of("Thôn Đông"), JULY_1, ACT));
    }

    @Test
    void aRenameTakesTheNewName() {
        fixture.given(HA_LAN)
                .when(rename(CHANGE, "Xã Hà Lan Mới", JULY_1))
                .expectEvents(new UnitRenamed("HA_LAN", CHANGE, "Xã Hà Lan Mới", JULY_1, ACT));
    }

    @Test
    void aDissolvedUnitEnds() {
        fixture.given(HA_LAN)
                .when(change(UnitChangeKind.DISSOLVE, JULY_1))
                .expectEvents(new UnitDissolved("HA_LAN", CHANGE, JULY_1, ACT));
    }

    @Test
    void theSameChangeSentAgainRecordsNothing() {
        fixture.given(HA_LAN, new UnitMerged("HA_LAN", CHANGE, "QUANG_TRUNG", JULY_1, ACT))
                .when(mergeInto("QUANG_TRUNG", CHANGE, JULY_1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aChangeIdTakesOneChangeOnly() {
        fixture.given(HA_LAN, new UnitMerged("HA_LAN", CHANGE, "QUANG_TRUNG", JULY_1, ACT))
                .when(mergeInto("BAC_SON", CHANGE, JULY_1))
                .expectException(invalid("changeId"))
                .expectNoEvents();
    }

    @Test
    void aUnitNamesARegisteredProvince() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCommune("HA_LAN", "Xã Hà Lan", CommuneKind.COMMUNE, Area.RURAL, REGISTERED, null, "NGHE_AN",
                        null, null))
                .expectException(invalid("provinceCode"))
                .expectNoEvents();
    }
}
