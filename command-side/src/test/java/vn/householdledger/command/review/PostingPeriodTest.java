package vn.householdledger.command.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A posting ends on the 3rd working day after it began; Saturdays and Sundays do not count. */
class PostingPeriodTest {

    @ParameterizedTest(name = "posted on {0} ({2}) ends on {1}")
    @CsvSource({
            "2018-10-29, 2018-11-01, Monday",
            "2018-11-01, 2018-11-06, Thursday",
            "2018-11-02, 2018-11-07, Friday",
            "2018-11-03, 2018-11-07, Saturday",
            "2018-11-04, 2018-11-07, Sunday"})
    void theThirdWorkingDayAfter(LocalDate postedOn, LocalDate endsOn, String weekday) {
        assertThat(postedOn.getDayOfWeek().name()).isEqualToIgnoringCase(weekday);
        assertThat(PostingPeriod.endsOn(postedOn)).isEqualTo(endsOn);
    }
}
