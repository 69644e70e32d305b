package vn.householdledger.web.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import vn.householdledger.api.household.Sex;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.web.Formats;

/** What people type into the forms, read into the values of the API's requests. */
class FormInputTest {

    private final FormErrors errors = new FormErrors();
    private final FormInput input = new FormInput(errors, new Formats(new StaticMessageSource(), Clock.system(BusinessCalendar.VIETNAM)));

    @BeforeEach
    void vietnamese() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void moneyIsReadWithOrWithoutDotsSpacesAndTheDongSign() {
        assertThat(input.money("a", "12.000.000")).isEqualTo(12_000_000L);
        assertThat(input.money("a2", "600.000")).isEqualTo(600_000L);
        assertThat(input.money("a3", "600000")).isEqualTo(600_000L);
        assertThat(input.money("b", "12 000 000 đ")).isEqualTo(12_000_000L);
        assertThat(input.money("c", "12000000")).isEqualTo(12_000_000L);
        assertThat(input.money("d", "  ")).isNull();
        assertThat(errors.isEmpty()).isTrue();
        assertThat(input.money("e", "mười triệu")).isNull();
        assertThat(errors.has("e")).isTrue();
    }

    @Test
    void aDecimalCommaInAnAmountIsRefusedNeverReadAsMoreDigits() {
        assertThat(input.money("income", "600000,5")).isNull();
        assertThat(input.money("principal", "30000000,5")).isNull();
        assertThat(input.money("grouped", "600.000,5")).isNull();
        assertThat(input.money("zeros", "600.000,00")).isNull();
        assertThat(errors.all()).containsOnlyKeys("income", "principal", "grouped", "zeros")
                .allSatisfy((field, message) -> assertThat(message).isEqualTo("error.money.fraction"));
    }

    @Test
    void groupsOfOtherThanThreeDigitsAreNotANumber() {
        assertThat(input.money("a", "600.00")).isNull();
        assertThat(input.money("b", "6.000.00")).isNull();
        assertThat(input.money("c", "1 2")).isNull();
        assertThat(input.decimal("d", "6.6")).as("a point on a Vietnamese page groups thousands").isNull();
        assertThat(input.money("e", "1.000.000.000.000.000")).as("beyond fifteen digits").isNull();
        assertThat(errors.all()).containsOnlyKeys("a", "b", "c", "d", "e")
                .allSatisfy((field, message) -> assertThat(message).isIn("error.money", "error.decimal"));
    }

    @Test
    void englishPagesGroupWithCommasAndMarkDecimalsWithAPoint() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(input.money("a", "600,000")).isEqualTo(600_000L);
        assertThat(input.money("b", "600000")).isEqualTo(600_000L);
        assertThat(input.decimal("c", "6.6")).isEqualByComparingTo(new BigDecimal("6.6"));
        assertThat(input.decimal("d", "1,234.5")).isEqualByComparingTo(new BigDecimal("1234.5"));
        assertThat(input.money("e", "600000.5")).isNull();
        assertThat(input.decimal("f", "6,6")).isNull();
        assertThat(errors.all()).containsOnlyKeys("e", "f");
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
    void decimalsTakeTheCommaOfAVietnamesePageAndCodesTheirEnumeration() {
        assertThat(input.decimal("a", "6,6")).isEqualByComparingTo(new BigDecimal("6.6"));
        assertThat(input.decimal("b", "7,92")).isEqualByComparingTo(new BigDecimal("7.92"));
        assertThat(input.code(Sex.class, "c", "female")).isEqualTo(Sex.FEMALE);
        assertThat(input.code(Sex.class, "d", "X")).isNull();
        assertThat(input.integer("e", "36")).isEqualTo(36);
        assertThat(input.integer("f", "3,5")).isNull();
        assertThat(errors.all()).containsOnlyKeys("d", "f");
    }
}
