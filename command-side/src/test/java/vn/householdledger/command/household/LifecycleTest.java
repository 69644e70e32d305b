package vn.householdledger.command.household;

import static vn.householdledger.command.household.HouseholdFixtures.*;
import static vn.householdledger.command.household.Refusals.invalid;
import static vn.householdledger.command.household.Refusals.violates;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.household.AssessmentOutcome;
import vn.householdledger.api.household.ClosureReason;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.api.statistics.Escape;
import vn.householdledger.events.household.EscapePledged;
import vn.householdledger.events.household.HouseholdClosed;
import vn.householdledger.events.household.HouseholdTransferred;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.platform.problem.RuleViolation;

/** Escape pledges, transfers and closure. */
class LifecycleTest {

    private static final LocalDate DAY = LocalDate.of(2018, 6, 1);
    private static final AssessHousehold POOR_2017 = new AssessHousehold(HOUSEHOLD, 2017, LocalDate.of(2017, 11, 15),
            null, 600_000, List.of(), List.of(), true, null, null, null, null);
    private AggregateTestFixture<Household> fixture;

    @BeforeEach
    void setUp() {
        fixture = HouseholdFixtures.fixture(new InMemoryHouseholdRegistry());
    }

    @Test
    void aPoorHouseholdPledgesToEscapeThisYear() {
        fixture.given(registered()).andGivenCommands(POOR_2017)
                .when(new PledgeEscape(HOUSEHOLD, 2018, DAY))
                .expectEvents(new EscapePledged(HOUSEHOLD, 2018, DAY));
    }

    @Test
    void onlyAHouseholdOnTheListsPledges() {
        fixture.given(registered())
                .when(new PledgeEscape(HOUSEHOLD, 2018, DAY))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aHouseholdPledgesOnceAYear() {
        fixture.given(registered()).andGivenCommands(POOR_2017, new PledgeEscape(HOUSEHOLD, 2018, DAY))
                .when(new PledgeEscape(HOUSEHOLD, 2018, DAY))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("The household already pledged to escape poverty in 2018")
                .expectNoEvents();
    }

    @Test
    void aPledgeIsForThisYearOrTheNext() {
        fixture.given(registered()).andGivenCommands(POOR_2017)
                .when(new PledgeEscape(HOUSEHOLD, 2017, DAY))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void aHouseholdTransfersToAnotherKnownCommune() {
        fixture.given(registered())
                .when(new TransferHousehold(HOUSEHOLD, "BAC_SON", DAY))
                .expectEvents(new HouseholdTransferred(HOUSEHOLD, "HA_LAN", "BAC_SON", DAY));
    }

    @Test
    void aTransferGoesToAnotherCommune() {
        fixture.given(registered())
                .when(new TransferHousehold(HOUSEHOLD, "HA_LAN", DAY))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("toCommuneCode: is the household's commune already")
                .expectNoEvents();
    }

    @Test
    void aTransferGoesToAnExistingCommune() {
        fixture.given(registered())
                .when(new TransferHousehold(HOUSEHOLD, "NOWHERE", DAY))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void noHouseholdIsTransferredIntoAUnitMergedAwayByThatDay() {
        fixture(new InMemoryHouseholdRegistry(), clock(),
                        communes().with("QUANG_TRUNG", Area.RURAL).merged("BAC_SON", "QUANG_TRUNG", DAY))
                .given(registered())
                .when(new TransferHousehold(HOUSEHOLD, "BAC_SON", DAY))
                .expectException(violates(RuleCode.UNIT_DISSOLVED))
                .expectNoEvents();
    }

    @Test
    void aTransferIntoTheUnitTheHouseholdsOwnMergedIntoIsNoTransfer() {
        fixture(new InMemoryHouseholdRegistry(), clock(),
                        communes().merged("HA_LAN", "BAC_SON", DAY))
                .given(registered())
                .when(new TransferHousehold(HOUSEHOLD, "BAC_SON", DAY))
                .expectException(invalid("toCommuneCode"))
                .expectNoEvents();
    }

    @Test
    void anAssessmentAfterATransferUsesTheNewCommunesArea() {
        // 850,000 is poor under the urban line of 900,000 but near-poor under the rural 700,000.
        fixture.given(registered(), new HouseholdTransferred(HOUSEHOLD, "HA_LAN", "BAC_SON", DAY))
                .when(new AssessHousehold(HOUSEHOLD, 2018, LocalDate.of(2018, 11, 15), null, 850_000, List.of(), List.of(), true, null, null, null, null))
                .expectResultMessagePayloadMatching(org.axonframework.test.matchers.Matchers.predicate(
                        o -> ((AssessmentOutcome) o).explanation().contains("chuẩn nghèo thành thị 900.000 đ")));
    }

    @Test
    void anOpenHouseholdIsClosed() {
        fixture.given(registered())
                .when(new CloseHousehold(HOUSEHOLD, ClosureReason.MOVED_AWAY, DAY))
                .expectEvents(new HouseholdClosed(HOUSEHOLD, ClosureReason.MOVED_AWAY, DAY));
    }

    @Test
    void aClosedHouseholdCannotBeClosedAgainNorTransferred() {
        fixture.given(registered(), new HouseholdClosed(HOUSEHOLD, ClosureReason.MERGED, DAY))
                .when(new CloseHousehold(HOUSEHOLD, ClosureReason.OTHER, DAY))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(registered(), new HouseholdClosed(HOUSEHOLD, ClosureReason.MERGED, DAY))
                .when(new TransferHousehold(HOUSEHOLD, "BAC_SON", DAY))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aClosureDateInTheFutureIsRefused() {
        fixture.given(registered())
                .when(new CloseHousehold(HOUSEHOLD, ClosureReason.OTHER, TODAY.plusDays(1)))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }
}
