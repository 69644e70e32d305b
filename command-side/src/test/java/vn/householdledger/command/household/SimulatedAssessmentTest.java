package vn.householdledger.command.household;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static vn.householdledger.command.household.HouseholdFixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.household.AssessmentOutcome;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.ListedStatus;
import vn.householdledger.api.household.PolicyGroup;
import vn.householdledger.api.household.PovertyBasis;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.command.CommandSideConfiguration;
import vn.householdledger.events.household.HouseholdAssessed;
import vn.householdledger.events.household.HouseholdBecamePoor;
import vn.householdledger.platform.provenance.Provenance;

/**
 * A simulated assessment (only the demo's loader marks one, with provenance metadata on its command)
 * decides like any other, and the command side carries the mark onto every event it causes.
 */
class SimulatedAssessmentTest {

    private static final LocalDate REVIEW_2018 = LocalDate.of(2018, 11, 20);
    private static final AssessHousehold ASSESS =
            new AssessHousehold(HOUSEHOLD, 2018, REVIEW_2018, null, 650_000, List.of(), List.of(), true, ASSESSMENT, null, null, null);
    /** The household fixture, with the command side's provider of what goes from a command onto its events. */
    private static AggregateTestFixture<Household> fixture() {
        AggregateTestFixture<Household> fixture = HouseholdFixtures.fixture(new InMemoryHouseholdRegistry());
        fixture.registerCommandHandlerInterceptor(
                new CorrelationDataInterceptor<>(new CommandSideConfiguration().requestMetadataOnEvents()));
        return fixture;
    }

    private static Matcher<EventMessage<?>> event(Class<?> type, boolean simulated) {
        return matches(e -> type.isInstance(e.getPayload())
                && Provenance.isSimulated((String) e.getMetaData().get(Provenance.KEY)) == simulated);
    }

    @Test
    void everyEventOfASimulatedAssessmentIsMarked() {
        fixture().given(registered())
                .when(ASSESS, Provenance.simulated())
                .expectEventsMatching(exactSequenceOf(
                        event(HouseholdAssessed.class, true), event(HouseholdBecamePoor.class, true), andNoMore()));
    }

    @Test
    void aSimulatedAssessmentDecidesAsAnAssessmentOfAReviewHeld() {
        fixture().given(registered())
                .when(ASSESS, Provenance.simulated())
                .expectResultMessagePayload(new AssessmentOutcome(HOUSEHOLD, 2018, Classification.POOR, PovertyBasis.BY_INCOME,
                        "VN_2016_2020", POOR_BY_INCOME_IN_WORDS, ListedStatus.POOR, REVIEW_2018, PolicyGroup.POVERTY_REDUCTION, ASSESSMENT))
                .expectEvents(
                        new HouseholdAssessed(HOUSEHOLD, 2018, REVIEW_2018, "VN_2016_2020", "HA_LAN", Area.RURAL, 650_000,
                                List.of(), List.of(), true, PolicyGroup.POVERTY_REDUCTION, Classification.POOR,
                                PovertyBasis.BY_INCOME, POOR_BY_INCOME, null, REVIEW_2018, null, ASSESSMENT, ReviewKind.PERIODIC, null, null),
                        new HouseholdBecamePoor(HOUSEHOLD, 2018, REVIEW_2018, null));
    }

    @Test
    void anAssessmentOfAReviewHeldIsNotMarked() {
        fixture().given(registered())
                .when(ASSESS)
                .expectEventsMatching(exactSequenceOf(
                        event(HouseholdAssessed.class, false), event(HouseholdBecamePoor.class, false), andNoMore()));
    }
}
