package vn.householdledger.command.commune;

import static vn.householdledger.command.household.Refusals.violates;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.events.commune.ProvinceRegistered;

class ProvinceTest {

    private static final LocalDate DAY = LocalDate.of(2025, 7, 1);
    private AggregateTestFixture<Province> fixture;
    private InMemoryCommuneDirectory directory;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Province.class);
        directory = new InMemoryCommuneDirectory();
        fixture.registerCommandHandlerInterceptor(new CommuneUniqueness(directory));
    }

    @Test
    void aNewCodeRegistersTheProvince() {
        fixture.givenNoPriorActivity()
                .when(new RegisterProvince("THANH_HOA", "Tỉnh Thanh Hóa", "38", DAY))
                .expectEvents(new ProvinceRegistered("THANH_HOA", "Tỉnh Thanh Hóa", "38", DAY));
    }

    @Test
    void aProvinceCodeIsRegisteredOnlyOnce() {
        directory.withProvince("THANH_HOA");
        fixture.givenNoPriorActivity()
                .when(new RegisterProvince("THANH_HOA", "Thanh Hóa", null, DAY))
                .expectException(violates(RuleCode.DUPLICATE_CODE))
                .expectNoEvents();
    }
}
