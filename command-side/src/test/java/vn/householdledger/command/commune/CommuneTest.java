package vn.householdledger.command.commune;

import static vn.householdledger.command.household.Refusals.violates;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.commune.CommuneKind;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.events.commune.CommuneRegistered;
import vn.householdledger.events.commune.CommuneYearPlanned;
import vn.householdledger.events.commune.ProvinceRegistered;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.platform.problem.RuleViolation;

class CommuneTest {

    private static final LocalDate DAY = LocalDate.of(2018, 1, 2);
    private AggregateTestFixture<Commune> fixture;
    private AggregateTestFixture<Province> provinces;
    private InMemoryCommuneDirectory directory;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Commune.class);
        directory = new InMemoryCommuneDirectory();
        fixture.registerCommandHandlerInterceptor(new CommuneUniqueness(directory));
        fixture.registerInjectableResource(directory);
        provinces = new AggregateTestFixture<>(Province.class);
        provinces.registerCommandHandlerInterceptor(new CommuneUniqueness(directory));
    }

    @Test
    void aNewCodeRegistersTheCommune() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCommune("HA_LAN", "Xã Hà Lan", CommuneKind.COMMUNE, Area.RURAL, DAY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CommuneRegistered("HA_LAN", "Xã Hà Lan", CommuneKind.COMMUNE, Area.RURAL, DAY));
    }

    @Test
    void aCodeIsRegisteredOnlyOnce() {
        directory.with("HA_LAN", Area.RURAL);
        fixture.givenNoPriorActivity()
                .when(new RegisterCommune("HA_LAN", "Xã Hà Lan", CommuneKind.COMMUNE, Area.RURAL, DAY))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("A commune with code HA_LAN already exists")
                .expectNoEvents();
    }

    @Test
    void aYearPlanRecordsHouseholdsAndTarget() {
        fixture.given(new CommuneRegistered("HA_LAN", "Xã Hà Lan", CommuneKind.COMMUNE, Area.RURAL, DAY))
                .when(new PlanCommuneYear("HA_LAN", 2018, 949, 28, DAY))
                .expectEvents(new CommuneYearPlanned("HA_LAN", 2018, 949, 28, DAY));
    }

    @Test
    void theTargetCannotExceedTheHouseholds() {
        fixture.given(new CommuneRegistered("HA_LAN", "Xã Hà Lan", CommuneKind.COMMUNE, Area.RURAL, DAY))
                .when(new PlanCommuneYear("HA_LAN", 2018, 10, 11, DAY))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void aNewCodeRegistersTheProvince() {
        provinces.givenNoPriorActivity()
                .when(new RegisterProvince("THANH_HOA", "Tỉnh Thanh Hóa", "38", DAY))
                .expectEvents(new ProvinceRegistered("THANH_HOA", "Tỉnh Thanh Hóa", "38", DAY));
    }

    @Test
    void aProvinceCodeIsRegisteredOnlyOnce() {
        directory.withProvince("THANH_HOA");
        provinces.givenNoPriorActivity()
                .when(new RegisterProvince("THANH_HOA", "Thanh Hóa", null, DAY))
                .expectException(violates(RuleCode.DUPLICATE_CODE))
                .expectNoEvents();
    }
}
