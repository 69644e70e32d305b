package vn.householdledger.command.target;

import static vn.householdledger.api.target.TargetCode.CHILDREN_IN_SCHOOL;
import static vn.householdledger.api.target.TargetCode.POOR_IN_SOLID_HOUSING;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.target.TargetCode;
import vn.householdledger.events.target.DistrictTargetsSet;
import vn.householdledger.events.target.DistrictTargetsSet.Target;
import vn.householdledger.platform.problem.InvalidInput;

class DistrictPlanTest {

    private static final LocalDate DAY = LocalDate.of(2018, 1, 5);
    private static final LocalDate LATER = LocalDate.of(2018, 3, 1);
    private AggregateTestFixture<DistrictPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DistrictPlan.class);
    }

    private static Target target(TargetCode code, String value) {
        return new Target(code, new BigDecimal(value));
    }

    @Test
    void theFirstSettingCreatesTheYearsPlan() {
        List<Target> targets = List.of(target(POOR_IN_SOLID_HOUSING, "85.5"), target(CHILDREN_IN_SCHOOL, "100"));
        fixture.givenNoPriorActivity()
                .when(new SetDistrictTargets(2018, targets, DAY))
                .expectEvents(new DistrictTargetsSet(2018, targets, DAY));
    }

    @Test
    void aLaterSettingReplacesTheList() {
        List<Target> first = List.of(target(POOR_IN_SOLID_HOUSING, "85.5"), target(CHILDREN_IN_SCHOOL, "100"));
        List<Target> second = List.of(target(CHILDREN_IN_SCHOOL, "98"));
        fixture.given(new DistrictTargetsSet(2018, first, DAY))
                .when(new SetDistrictTargets(2018, second, LATER))
                .expectEvents(new DistrictTargetsSet(2018, second, LATER));
    }

    @Test
    void settingTheSameTargetsAgainRecordsNothing() {
        fixture.given(new DistrictTargetsSet(2018, List.of(target(POOR_IN_SOLID_HOUSING, "85.5"), target(CHILDREN_IN_SCHOOL, "100")), DAY))
                .when(new SetDistrictTargets(2018, List.of(target(CHILDREN_IN_SCHOOL, "100.00"), target(POOR_IN_SOLID_HOUSING, "85.50")), LATER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aSettingNamesAtLeastOneTarget() {
        fixture.given(new DistrictTargetsSet(2018, List.of(target(CHILDREN_IN_SCHOOL, "100")), DAY))
                .when(new SetDistrictTargets(2018, List.of(), LATER))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void aTargetIsAPercentageFromZeroToHundred() {
        fixture.givenNoPriorActivity()
                .when(new SetDistrictTargets(2018, List.of(target(POOR_IN_SOLID_HOUSING, "100.01"), target(CHILDREN_IN_SCHOOL, "-1")), DAY))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("targets[0].value: must be a percentage from 0 to 100")
                .expectNoEvents();
    }

    @Test
    void aTargetHasAtMostTwoDecimals() {
        fixture.givenNoPriorActivity()
                .when(new SetDistrictTargets(2018, List.of(target(POOR_IN_SOLID_HOUSING, "33.333")), DAY))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("targets[0].value: must have at most two decimals")
                .expectNoEvents();
    }

    @Test
    void aCodeIsTargetedOnceAYear() {
        fixture.givenNoPriorActivity()
                .when(new SetDistrictTargets(2018, List.of(target(CHILDREN_IN_SCHOOL, "90"), target(CHILDREN_IN_SCHOOL, "95")), DAY))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("targets[1].code: names CHILDREN_IN_SCHOOL a second time")
                .expectNoEvents();
    }
}
