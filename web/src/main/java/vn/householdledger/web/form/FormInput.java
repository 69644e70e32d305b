package vn.householdledger.web.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import vn.householdledger.web.Formats;

/**
 * Reads what a person typed into the typed values of an API request: dates as {@code dd/MM/yyyy}
 * (or ISO), numbers as the reader's language writes them ({@link TypedNumber}), money in whole đồng.
 * A blank field is null, left for the request's own validation to call missing; text that cannot be
 * read is a refusal of that field, never a guess: "600000,5" on a Vietnamese page is not 6.000.005.
 */
public final class FormInput {

    /** The largest amount a form takes: fifteen digits of đồng. */
    private static final BigDecimal MAX_MONEY = new BigDecimal("999999999999999");

    private final FormErrors errors;
    private final Formats fmt;

    public FormInput(FormErrors errors, Formats fmt) {
        this.errors = errors;
        this.fmt = fmt;
    }

    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public LocalDate date(String field, String value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, Formats.DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(field, fmt.message("error.date"));
            return null;
        }
    }

    /** A moment typed as {@code dd/MM/yyyy HH:mm} in Vietnam's time (or ISO local). */
    public LocalDateTime dateTime(String field, String value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDateTime.parse(text, Formats.DATE_TIME.withZone(null)) : LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(field, fmt.message("error.dateTime"));
            return null;
        }
    }

    /**
     * Whole đồng: "12.000.000", "12 000 000 đ" and "12000000" are the same amount on a Vietnamese page
     * ("12,000,000" on an English one). A decimal part is refused, never dropped or shifted.
     */
    public Long money(String field, String value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        TypedNumber number = TypedNumber.read(text.replace("đ", "").replace("VND", ""), fmt.vietnamese());
        if (number == null || number.value().abs().compareTo(MAX_MONEY) > 0) {
            errors.add(field, fmt.message("error.money"));
            return null;
        }
        if (number.hasFraction()) {
            errors.add(field, fmt.message("error.money.fraction"));
            return null;
        }
        return number.value().longValueExact();
    }

    public Integer integer(String field, String value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        if (!text.matches("-?\\d{1,9}")) {
            errors.add(field, fmt.message("error.integer"));
            return null;
        }
        return Integer.parseInt(text);
    }

    /** A count such as a commune's households, grouped as the reader writes it ("15.883"); a fraction is refused. */
    public Integer count(String field, String value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        TypedNumber number = TypedNumber.read(text, fmt.vietnamese());
        if (number == null || number.hasFraction() || number.value().abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            errors.add(field, fmt.message("error.integer"));
            return null;
        }
        return number.value().intValueExact();
    }

    /** A decimal such as an interest rate: "6,6" on a Vietnamese page, "6.6" on an English one. */
    public BigDecimal decimal(String field, String value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        TypedNumber number = TypedNumber.read(text, fmt.vietnamese());
        if (number == null) {
            errors.add(field, fmt.message("error.decimal"));
            return null;
        }
        return number.value();
    }

    /** Codes ticked in checkboxes, each as {@link #code} reads it. */
    public <E extends Enum<E>> List<E> codes(Class<E> type, String field, List<String> values) {
        return values.stream().map(value -> code(type, field, value)).toList();
    }

    /** A yes or no chosen with radio buttons ({@code true}, {@code false}); null when neither was chosen. */
    public static Boolean yesNo(String value) {
        String text = text(value);
        return text == null ? null : Boolean.valueOf(text);
    }

    /** One of an enumeration's codes, as a select sends it. */
    public <E extends Enum<E>> E code(Class<E> type, String field, String value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(field, fmt.message("error.choice"));
            return null;
        }
    }
}
