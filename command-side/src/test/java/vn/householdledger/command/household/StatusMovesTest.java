package vn.householdledger.command.household;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.instanceOf;
import static vn.householdledger.command.household.HouseholdFixtures.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.householdledger.events.household.HouseholdAssessed;

/**
 * A household's moves between classes, each an event of its own: into poverty the first time (newly
 * poor), back into it after an escape (fell back), out of poverty (escaped), out of near-poverty.
 * Reviews of 2016, 2017 and 2018 in a rural commune: POOR at 600,000, NEAR_POOR at 800,000 with no
 * deprivation, NOT_POOR at 1,500,000.
 */
class StatusMovesTest {

    private static long income(String classification) {
        return switch (classification) {
            case "POOR" -> 600_000;
            case "NEAR_POOR" -> 800_000;
            default -> 1_500_000;
        };
    }

    private static AssessHousehold review(int year, String classification) {
        return new AssessHousehold(HOUSEHOLD, year, LocalDate.of(year, 11, 15), null, income(classification), List.of(),
                List.of(), true, null, null, null, null);
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiter = ';', value = {
            "               ; POOR      ; HouseholdBecamePoor",
            "NOT_POOR       ; POOR      ; HouseholdBecamePoor",
            "NEAR_POOR      ; POOR      ; HouseholdBecamePoor",
            "POOR           ; NEAR_POOR ; HouseholdEscapedPoverty",
            "POOR           ; NOT_POOR  ; HouseholdEscapedPoverty",
            "NEAR_POOR      ; NOT_POOR  ; HouseholdEscapedNearPoverty",
            "POOR,NOT_POOR  ; POOR      ; HouseholdFellBackIntoPoverty",
            "POOR,NEAR_POOR ; POOR      ; HouseholdFellBackIntoPoverty",
            "POOR           ; POOR      ; ",
            "NEAR_POOR      ; NEAR_POOR ; ",
            "NOT_POOR       ; NEAR_POOR ; ",
            "               ; NOT_POOR  ; ",
    })
    void eachMoveBetweenClassesIsAnEventOfItsOwn(String before, String after, String move) throws ClassNotFoundException {
        AggregateTestFixture<Household> fixture = HouseholdFixtures.fixture(new InMemoryHouseholdRegistry());
        List<String> earlier = before == null ? List.of() : Arrays.asList(before.split(","));
        Object[] reviews = new Object[earlier.size()];
        for (int i = 0; i < earlier.size(); i++) {
            reviews[i] = review(2016 + i, earlier.get(i).strip());
        }
        Matcher<Object> assessed = instanceOf(HouseholdAssessed.class);
        @SuppressWarnings("unchecked")
        Matcher<Object>[] expected = move == null
                ? new Matcher[]{assessed, andNoMore()}
                : new Matcher[]{assessed, instanceOf(Class.forName(HouseholdAssessed.class.getPackageName() + "." + move)), andNoMore()};
        fixture.given(registered()).andGivenCommands(reviews)
                .when(review(2016 + earlier.size(), after))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(payloadsMatching(exactSequenceOf(expected)));
    }
}
