package vn.householdledger.events.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.ListedStatus;

class ListingTest {

    @ParameterizedTest(name = "{0} since {1}, left lists {2}, on {3} → {4} since {5}")
    @CsvSource({
            "POOR,      2017-11-15,           , 2018-06-01, POOR,          2017-11-15",
            "NEAR_POOR, 2016-11-15,           , 2018-06-01, NEAR_POOR,     2016-11-15",
            "NOT_POOR,  2016-11-15,           , 2018-06-01, NOT_POOR,      2016-11-15",
            "NOT_POOR,  2017-11-15, 2017-11-15, 2017-11-15, NEWLY_ESCAPED, 2017-11-15",
            "NOT_POOR,  2017-11-15, 2017-11-15, 2020-11-14, NEWLY_ESCAPED, 2017-11-15",
            "NOT_POOR,  2017-11-15, 2017-11-15, 2020-11-15, NOT_POOR,      2020-11-15",
    })
    void aHouseholdThatLeftTheListsIsNewlyEscapedFor36Months(Classification classification, LocalDate since,
                                                             LocalDate leftListsOn, LocalDate day, ListedStatus status,
                                                             LocalDate statusSince) {
        assertThat(Listing.of(classification, since, leftListsOn, day))
                .isEqualTo(new Listing(status, statusSince));
    }

    @ParameterizedTest(name = "{0} since {1}, left lists {2}: listed until {3}")
    @CsvSource({
            "POOR,      2017-11-15,           , ",
            "NEAR_POOR, 2017-11-15,           , ",
            "NOT_POOR,  2017-11-15,           , 2017-11-15",
            "NOT_POOR,  2018-11-15, 2017-11-15, 2020-11-15",
    })
    void listedUntilAgreesWithTheListing(Classification classification, LocalDate since, LocalDate leftListsOn,
                                         LocalDate until) {
        assertThat(Listing.listedUntil(classification, since, leftListsOn)).isEqualTo(until);
        if (until != null) {
            assertThat(Listing.of(classification, since, leftListsOn, until.minusDays(1)).status().listed())
                    .isEqualTo(leftListsOn != null);
            assertThat(Listing.of(classification, since, leftListsOn, until).status().listed()).isFalse();
        }
    }
}
