package vn.householdledger.platform.i18n;

import jakarta.validation.ConstraintViolation;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bean Validation's messages in the reader's language: a constraint's template names a key
 * ({@code {jakarta.validation.constraints.NotNull.message}}, or one of the contract's own) that the
 * API's bundles hold, and its {@code {attribute}}s ({@code {max}}, {@code {value}}) are filled from the
 * constraint, written the reader's way (a bound below 10,000, such as a year, as it is). A template the
 * bundles do not know keeps the validator's message.
 */
public final class ConstraintMessages {

    private static final Pattern KEY = Pattern.compile("\\{([^{}]+)}");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\{(\\w+)}");

    private ConstraintMessages() {
    }

    public static String of(ConstraintViolation<?> violation, Locale locale) {
        Matcher key = KEY.matcher(violation.getMessageTemplate());
        if (!key.matches() || !Messages.has(key.group(1))) {
            return violation.getMessage();
        }
        String template = Messages.bundle(locale).getString(key.group(1));
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        Matcher attribute = ATTRIBUTE.matcher(template);
        StringBuilder message = new StringBuilder();
        while (attribute.find()) {
            Object value = attributes.get(attribute.group(1));
            attribute.appendReplacement(message, Matcher.quoteReplacement(value == null ? attribute.group()
                    : value instanceof Number n && Math.abs(n.doubleValue()) < 10_000 ? String.valueOf(value)
                    : Messages.write(value, locale)));
        }
        attribute.appendTail(message);
        return message.toString();
    }
}
