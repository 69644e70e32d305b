package vn.householdledger.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.web.table.Column;

/**
 * How the pages and the exports write values: dates {@code dd/MM/yyyy}, money {@code 12.000.000 đ},
 * counts and rates with the reader's separators, codes by their label in the reader's language.
 * Templates reach it as {@code @fmt}.
 */
@Component("fmt")
public class Formats {

    /** Strict: 31/02/2018 is refused, not read as 28/02/2018. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm")
            .withResolverStyle(ResolverStyle.STRICT).withZone(BusinessCalendar.VIETNAM);

    /** The group of what help addresses: a deprivation indicator or a cause of poverty. */
    public static final String NEEDS = "need";

    private final MessageSource messages;
    private final Clock clock;

    public Formats(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** Today's business date (Vietnam's), as the forms fill it in. */
    public String today() {
        return date(BusinessCalendar.today(clock));
    }

    /** The year of today's business date: the year a page shows unless asked for another. */
    public int thisYear() {
        return BusinessCalendar.today(clock).getYear();
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A recorded instant, in Vietnam's time. */
    public String instant(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** Whole đồng grouped as the reader's language groups thousands: 12.000.000 đ, or 12,000,000 đ in English. */
    public String money(Number amount) {
        return amount == null ? "" : grouped(locale()).format(amount) + " đ";
    }

    public String number(Number value) {
        return value == null ? "" : grouped(locale()).format(value);
    }

    /** A rate in percent, two decimals as the plan writes them. */
    public String percent(BigDecimal rate) {
        if (rate == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(symbolsLocale()));
        return format.format(rate) + " %";
    }

    /** A rate as it was set, with its own decimals: an interest rate "7,92 %" or "6,6 %" (7.92 %, 6.6 % in English). */
    public String rate(BigDecimal rate) {
        if (rate == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(symbolsLocale()));
        return format.format(rate) + " %";
    }

    /** The label of a code, e.g. {@code label("status", "POOR")} → "Hộ nghèo"; the code itself if none. */
    public String label(String group, Object code) {
        if (code == null) {
            return "";
        }
        String name = code instanceof Enum<?> e ? e.name() : code.toString();
        if (NEEDS.equals(group)) {
            String deprivation = messages.getMessage("deprivation." + name, null, null, locale());
            return deprivation != null ? deprivation : label("cause", code);
        }
        return messages.getMessage(group + "." + name, null, name, locale());
    }

    public String labels(String group, Collection<?> codes) {
        return codes == null ? "" : codes.stream().map(c -> label(group, c)).collect(Collectors.joining(", "));
    }

    /** A table cell as the page shows it. */
    public String cell(Object value, Column column) {
        if (value == null) {
            return "";
        }
        return switch (column.kind()) {
            case NUMBER -> number((Number) value);
            case MONEY -> money((Number) value);
            case PERCENT -> percent((BigDecimal) value);
            case DATE -> date((LocalDate) value);
            case INSTANT -> instant((Instant) value);
            case CODE -> label(column.labels(), value);
            case CODES -> labels(column.labels(), (Collection<?>) value);
            case TEXT, DATA -> value.toString();
        };
    }

    /**
     * A message in the reader's language. {@code int} arguments (years, page numbers, small counts) are
     * written as typed — a year is 2018, never 2.018; other numbers get the language's separators.
     */
    public String message(String key, Object... args) {
        Object[] written = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            written[i] = args[i] instanceof Integer n ? n.toString() : args[i];
        }
        return messages.getMessage(key, written, key, locale());
    }

    /** Whether the reader writes numbers the Vietnamese way (1.234,5) rather than the English way (1,234.5). */
    public boolean vietnamese() {
        return "vi".equals(locale().getLanguage());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /** Vietnamese writes 15.883 and 2,09; English 15,883 and 2.09. */
    private static Locale symbolsLocale() {
        return "vi".equals(locale().getLanguage()) ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
    }

    private static DecimalFormat grouped(Locale locale) {
        Locale symbols = "vi".equals(locale.getLanguage()) ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(symbols));
    }
}
