package vn.householdledger.command.household;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;
import static vn.householdledger.command.household.HouseholdFixtures.*;
import static vn.householdledger.command.household.Refusals.invalid;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.householdledger.api.household.AssessmentOutcome;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.events.household.HouseholdAssessed;

/**
 * DOMAIN.md, "Which standard applies": an assessment applies the standard of the lists its review sets,
 * the next year's for a periodic review, its own year's for an ad hoc one; periodic when the kind is not
 * said. Each line is a rural household without deprivations just above a line of one standard, so the
 * class shows which standard decided; the clock stands at the end of 2026.
 */
class StandardOfTheListsTest {

    private AggregateTestFixture<Household> fixture;

    @BeforeEach
    void setUp() {
        fixture = HouseholdFixtures.fixture(new InMemoryHouseholdRegistry(),
                Clock.fixed(Instant.parse("2026-12-20T03:00:00Z"), BusinessCalendar.VIETNAM));
    }

    private static AssessHousehold assess(ReviewKind kind, int year, LocalDate on, long income, String standard) {
        return new AssessHousehold(HOUSEHOLD, year, on, standard, income, List.of(), List.of(), true, ASSESSMENT, kind, null, null);
    }

    @ParameterizedTest(name = "{0} review of {1} (on {2}), income {3}: {4} → {5}")
    @CsvSource(nullValues = "-", textBlock = """
            # kind,   year, assessed on, income,  standard,     class
            PERIODIC, 2020, 2020-11-15, 1000000, VN_2016_2020, NEAR_POOR
            PERIODIC, 2020, 2020-11-15, 1000001, VN_2016_2020, NOT_POOR
            -,        2020, 2020-11-15, 1000001, VN_2016_2020, NOT_POOR
            AD_HOC,   2021, 2021-06-20, 1000001, VN_2016_2020, NOT_POOR
            PERIODIC, 2021, 2021-11-15, 1000001, VN_2021_2025, NEAR_POOR
            -,        2021, 2021-11-15, 1000001, VN_2021_2025, NEAR_POOR
            AD_HOC,   2022, 2022-04-18, 1000001, VN_2021_2025, NEAR_POOR
            PERIODIC, 2025, 2025-11-15, 1500001, VN_2021_2025, NOT_POOR
            AD_HOC,   2026, 2026-07-15, 1500000, VN_2021_2025, NEAR_POOR
            AD_HOC,   2026, 2026-07-15, 1500001, VN_2021_2025, NOT_POOR
            PERIODIC, 2026, 2026-11-20, 1500001, VN_2026_2030, NEAR_POOR
            """)
    void anAssessmentAppliesTheStandardOfTheListsItsReviewSets(ReviewKind kind, int year, LocalDate on, long income,
                                                                String standard, Classification classification) {
        ReviewKind recorded = kind == null ? ReviewKind.PERIODIC : kind;
        fixture.given(registered())
                .when(assess(kind, year, on, income, null))
                .expectResultMessagePayloadMatching(predicate(outcome -> ((AssessmentOutcome) outcome).standard().equals(standard)
                        && ((AssessmentOutcome) outcome).classification() == classification))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(matches(event -> event instanceof HouseholdAssessed a
                        && a.standard().equals(standard) && a.kind() == recorded && a.classification() == classification
                        && a.explanation().standard().equals(standard)), andNoMore())));
    }

    @Test
    void aStandardNamedMustBeTheOneOfTheListsTheReviewSets() {
        fixture.given(registered())
                .when(assess(ReviewKind.AD_HOC, 2021, LocalDate.of(2021, 6, 20), 1_000_001, "VN_2021_2025"))
                .expectException(invalid("standard"))
                .expectExceptionMessage("standard: the ad hoc review of 2021 sets the lists of 2021, governed by VN_2016_2020, "
                        + "not VN_2021_2025")
                .expectNoEvents();
        fixture.given(registered())
                .when(assess(ReviewKind.AD_HOC, 2021, LocalDate.of(2021, 6, 20), 1_000_001, "VN_2016_2020"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void listsNoStandardGovernsAreRefused() {
        fixture.given(registeredOn(LocalDate.of(2015, 1, 2)))
                .when(assess(ReviewKind.AD_HOC, 2015, LocalDate.of(2015, 8, 1), 600_000, null))
                .expectException(invalid("year"))
                .expectExceptionMessage("year: the ad hoc review of 2015 sets the lists of 2015, which no poverty standard governs")
                .expectNoEvents();
    }
}
