package vn.householdledger.command.household;

import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static vn.householdledger.command.household.HouseholdFixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.householdledger.events.household.HouseholdAssessed;
import vn.householdledger.events.household.HouseholdBecamePoor;

/** A simulated assessment (only the demo makes one) says so on its event, and decides like any other. */
class SimulatedAssessmentTest {

    private static final LocalDate REVIEW_2018 = LocalDate.of(2018, 11, 20);

    private static AssessHousehold assess(boolean simulated) {
        return new AssessHousehold(HOUSEHOLD, 2018, REVIEW_2018, null, 650_000, List.of(), List.of(), true, simulated);
    }

    @Test
    void aSimulatedAssessmentIsMarkedOnItsEvent() {
        HouseholdFixtures.fixture(new InMemoryHouseholdRegistry())
                .given(registered())
                .when(assess(true))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(e -> e instanceof HouseholdAssessed a && a.simulated()),
                        matches(e -> e instanceof HouseholdBecamePoor))));
    }

    @Test
    void anAssessmentOfAReviewHeldIsNotSimulated() {
        HouseholdFixtures.fixture(new InMemoryHouseholdRegistry())
                .given(registered())
                .when(new AssessHousehold(HOUSEHOLD, 2018, REVIEW_2018, null, 650_000, List.of(), List.of(), true))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(e -> e instanceof HouseholdAssessed a && !a.simulated()),
                        matches(e -> e instanceof HouseholdBecamePoor))));
    }
}
