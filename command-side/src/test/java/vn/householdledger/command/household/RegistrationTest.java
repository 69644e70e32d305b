package vn.householdledger.command.household;

import static vn.householdledger.command.household.HouseholdFixtures.*;
import static vn.householdledger.command.household.Refusals.violates;

import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.household.Relation;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.platform.problem.InvalidInput;

class RegistrationTest {

    private InMemoryHouseholdRegistry registry;
    private AggregateTestFixture<Household> fixture;

    @BeforeEach
    void setUp() {
        registry = new InMemoryHouseholdRegistry();
        fixture = HouseholdFixtures.fixture(registry);
    }

    @Test
    void aHouseholdWithOneHeadIsRegistered() {
        fixture.givenNoPriorActivity()
                .when(register(List.of(head(), spouse())))
                .expectEvents(registered());
    }

    @Test
    void aHouseholdWithoutAHeadIsRefused() {
        fixture.givenNoPriorActivity()
                .when(register(List.of(spouse())))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("members: must name exactly one HEAD, not 0")
                .expectNoEvents();
    }

    @Test
    void aHouseholdWithTwoHeadsIsRefused() {
        fixture.givenNoPriorActivity()
                .when(register(List.of(head(), member(SPOUSE, Relation.HEAD, null))))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("members: must name exactly one HEAD, not 2")
                .expectNoEvents();
    }

    @Test
    void theHouseholdCodeIsUnique() {
        registry.withCode("HL-0001", UUID.randomUUID());
        fixture.givenNoPriorActivity()
                .when(register(List.of(head())))
                .expectException(violates(RuleCode.DUPLICATE_CODE))
                .expectExceptionMessage("The household code HL-0001 is already in use")
                .expectNoEvents();
    }

    @Test
    void aNationalIdBelongsToOneOpenHouseholdOnly() {
        registry.withNationalId(head().nationalId(), UUID.randomUUID());
        fixture.givenNoPriorActivity()
                .when(register(List.of(head())))
                .expectException(violates(RuleCode.DUPLICATE_NATIONAL_ID))
                .expectExceptionMessage("National id 038075000001 belongs to a member of another open household")
                .expectNoEvents();
    }

    @Test
    void aNationalIdIsNotGivenTwiceInOneRegistration() {
        fixture.givenNoPriorActivity()
                .when(register(List.of(head(), member(SPOUSE, Relation.SPOUSE, head().nationalId()))))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void theCommuneMustBeKnown() {
        fixture.givenNoPriorActivity()
                .when(new RegisterHousehold(HOUSEHOLD, "X-1", "NOWHERE", "v", "a", List.of(head()), REGISTERED_ON))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("communeCode: is not a known commune: NOWHERE")
                .expectNoEvents();
    }

    @Test
    void aRegistrationDateInTheFutureIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterHousehold(HOUSEHOLD, "X-1", "HA_LAN", "v", "a", List.of(head()), TODAY.plusDays(1)))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void registeringTheSameHouseholdAgainIsRefusedByItsCode() {
        registry.withCode("HL-0001", HOUSEHOLD);
        fixture.given(registered())
                .when(register(List.of(head())))
                .expectException(violates(RuleCode.DUPLICATE_CODE))
                .expectNoEvents();
    }

    @Test
    void aHouseholdRegisteredUnderAnotherCodeIsNotRegisteredAgain() {
        registry.withCode("HL-0999", HOUSEHOLD);
        fixture.given(registered())
                .when(register(List.of(head())))
                .expectException(violates(RuleCode.DUPLICATE_CODE))
                .expectExceptionMessage("Household " + HOUSEHOLD + " is registered already")
                .expectNoEvents();
    }
}
