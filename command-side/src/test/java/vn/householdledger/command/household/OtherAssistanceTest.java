package vn.householdledger.command.household;

import static vn.householdledger.command.household.HouseholdFixtures.*;
import static vn.householdledger.command.household.Refusals.invalid;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.assistance.AssistanceKind;
import vn.householdledger.events.assistance.AssistanceProvided;

class OtherAssistanceTest {

    static final UUID ASSISTANCE = UUID.fromString("00000000-0000-0000-0000-00000000f001");
    private static final LocalDate PROVIDED_ON = LocalDate.of(2018, 9, 2);

    private AggregateTestFixture<Household> fixture;

    @BeforeEach
    void setUp() {
        fixture = HouseholdFixtures.fixture(new InMemoryHouseholdRegistry());
    }

    static ProvideAssistance provide(UUID id, Long amount, LocalDate on, List<String> addresses) {
        return new ProvideAssistance(HOUSEHOLD, id, AssistanceKind.SANITATION, "Hỗ trợ xây nhà tiêu hợp vệ sinh", amount,
                on, "Chương trình 135", addresses);
    }

    static AssistanceProvided provided(UUID id, Long amount) {
        return new AssistanceProvided(HOUSEHOLD, id, AssistanceKind.SANITATION, "Hỗ trợ xây nhà tiêu hợp vệ sinh",
                amount, PROVIDED_ON, "Chương trình 135", List.of("SANITARY_TOILET"));
    }

    @Test
    void assistanceIsProvided() {
        fixture.given(registered())
                .when(provide(ASSISTANCE, 3_000_000L, PROVIDED_ON, List.of("SANITARY_TOILET")))
                .expectEvents(provided(ASSISTANCE, 3_000_000L));
    }

    @Test
    void assistanceWithoutAnAmountIsProvided() {
        fixture.given(registered())
                .when(provide(ASSISTANCE, null, PROVIDED_ON, List.of("SANITARY_TOILET")))
                .expectEvents(provided(ASSISTANCE, null));
    }

    @Test
    void theAmountOfAssistanceIsNeverNegative() {
        fixture.given(registered())
                .when(provide(ASSISTANCE, -1L, PROVIDED_ON, List.of()))
                .expectException(invalid("amount"))
                .expectNoEvents();
    }

    @Test
    void assistanceIsNotProvidedInTheFuture() {
        fixture.given(registered())
                .when(provide(ASSISTANCE, 0L, TODAY.plusDays(1), List.of()))
                .expectException(invalid("providedOn"))
                .expectNoEvents();
    }

    @Test
    void assistanceAddressesOnlyKnownIndicatorsAndCauses() {
        fixture.given(registered())
                .when(provide(ASSISTANCE, 0L, PROVIDED_ON, List.of("sanitary_toilet")))
                .expectException(invalid("addresses"))
                .expectNoEvents();
    }

    @Test
    void anIdNamesOneRecordOfTheHouseholdWhateverItsKind() {
        fixture.given(registered(), LoansTest.disbursed(1_000_000))
                .when(provide(LoansTest.LOAN, 0L, PROVIDED_ON, List.of()))
                .expectException(invalid("assistanceId"))
                .expectNoEvents();
    }
}
