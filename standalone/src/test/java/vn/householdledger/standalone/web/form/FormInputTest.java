package vn.householdledger.standalone.web.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import vn.householdledger.events.household.Sex;
import vn.householdledger.platform.time.BusinessCalendar;
import vn.householdledger.standalone.web.Formats;

/** What people type into the forms, read into the values of the API's requests. */
class FormInputTest {

    private final FormErrors errors = new FormErrors();
    private final FormInput input = new FormInput(errors, new Formats(new StaticMessageSource(), Clock.system(BusinessCalendar.VIETNAM)));

    @Test
    void moneyIsReadWithOrWithoutDotsSpacesAndTheDongSign() {
        assertThat(input.money("a", "12.000.000")).isEqualTo(12_000_000L);
        assertThat(input.money("b", "12 000 000 đ")).isEqualTo(12_000_000L);
        assertThat(input.money("c", "12000000")).isEqualTo(12_000_000L);
        assertThat(input.money("d", "  ")).isNull();
        assertThat(errors.isEmpty()).isTrue();
        assertThat(input.money("e", "mười triệu")).isNull();
        assertThat(errors.has("e")).isTrue();
    }

    @Test
    void datesAreDayMonthYearAndAnImpossibleDayIsRefusedNotMovedToTheEndOfTheMonth() {
        assertThat(input.date("a", "15/03/2018")).isEqualTo(LocalDate.of(2018, 3, 15));
        assertThat(input.date("b", "2018-03-15")).isEqualTo(LocalDate.of(2018, 3, 15));
        assertThat(input.date("c", "31/02/2018")).isNull();
        assertThat(errors.has("c")).isTrue();
        assertThat(input.dateTime("d", "30/06/2018 08:00")).isEqualTo(LocalDateTime.of(2018, 6, 30, 8, 0));
    }

    @Test
    void decimalsTakeACommaOrAPointAndCodesTheirEnumeration() {
        assertThat(input.decimal("a", "6,6")).isEqualByComparingTo(new BigDecimal("6.6"));
        assertThat(input.decimal("b", "7.92")).isEqualByComparingTo(new BigDecimal("7.92"));
        assertThat(input.code(Sex.class, "c", "female")).isEqualTo(Sex.FEMALE);
        assertThat(input.code(Sex.class, "d", "X")).isNull();
        assertThat(input.integer("e", "36")).isEqualTo(36);
        assertThat(input.integer("f", "3,5")).isNull();
        assertThat(errors.all()).containsOnlyKeys("d", "f");
    }
}
