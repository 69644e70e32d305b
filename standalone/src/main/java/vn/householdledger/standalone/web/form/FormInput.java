package vn.householdledger.standalone.web.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import vn.householdledger.standalone.web.Formats;

/**
 * Reads what a person typed into the typed values of an API request: dates as {@code dd/MM/yyyy}
 * (or ISO), money with or without dots and "đ", decimals with a comma or a point. A blank field is
 * null, left for the request's own validation to call missing; text that cannot be read is a
 * refusal of that field.
 */
public final class FormInput {

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

    /** Whole đồng: "12.000.000", "12 000 000 đ" and "12000000" are the same amount. */
    public Long money(String field, String value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        String digits = text.replace("đ", "").replace("VND", "").replaceAll("[\\s.,]", "");
        if (!digits.matches("-?\\d{1,15}")) {
            errors.add(field, fmt.message("error.money"));
            return null;
        }
        return Long.parseLong(digits);
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

    /** A decimal such as an interest rate: "6,6" or "6.6". */
    public BigDecimal decimal(String field, String value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.add(field, fmt.message("error.decimal"));
            return null;
        }
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
