package vn.householdledger.platform.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The API's message bundles and the language of a reader. A message is a template whose {@code {0}},
 * {@code {1}}… take the arguments, each written the reader's way: a {@code long} or a decimal with its
 * thousands grouped ({@code 1.000.000,5} in Vietnamese, {@code 1,000,000.5} in English), an {@code int}
 * (a year, a count) as it is, a date {@code 15/03/2018} in Vietnamese and {@code 2018-03-15} in
 * English, a {@link Phrase} in the same language, a collection as its items joined by commas. Apostrophes need no escaping (this is not
 * {@link java.text.MessageFormat}).
 */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** The languages the API speaks, the first the default. */
    public static final List<Locale> LANGUAGES = List.of(VIETNAMESE, Locale.ENGLISH);
    static final String BUNDLE = "i18n/ledger";

    private static final Logger log = LoggerFactory.getLogger(Messages.class);
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** The bundle of {@code locale}'s language: English, or else Vietnamese (the base bundle). */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
                ? Locale.ENGLISH : VIETNAMESE, Messages.class.getClassLoader(), NO_FALLBACK);
    }

    /** The message {@code key} in {@code locale}'s language with {@code args}; an unknown key is logged and answered as it is. */
    public static String render(Locale locale, String key, Object... args) {
        String template;
        try {
            template = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            log.warn("No message {} in the bundles; the key is shown as it is", key);
            return key;
        }
        return fill(template, locale, args);
    }

    /** Whether the bundles hold {@code key}. */
    public static boolean has(String key) {
        return bundle(VIETNAMESE).containsKey(key);
    }

    /** {@code template} with {@code {i}} replaced by argument i, written for {@code locale}. */
    public static String fill(String template, Locale locale, Object... args) {
        Matcher matcher = ARGUMENT.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            int index = Integer.parseInt(matcher.group(1));
            String value = index < args.length ? write(args[index], locale) : matcher.group();
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    /** One argument the reader's way. */
    public static String write(Object value, Locale locale) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        if (value instanceof Long || value instanceof BigDecimal) {
            NumberFormat format = NumberFormat.getNumberInstance(english ? Locale.ENGLISH : VIETNAMESE);
            format.setMaximumFractionDigits(10);
            return format.format(value);
        }
        if (value instanceof LocalDate date) {
            return english ? date.toString() : VIETNAMESE_DATE.format(date);
        }
        if (value instanceof Phrase phrase) {
            return phrase.in(locale);
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(item -> write(item, locale)).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    /**
     * The language a reader asks for in {@code Accept-Language}: the first of those the API speaks, in
     * the order of the reader's preference; Vietnamese when she names none of them (or nothing).
     */
    public static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return VIETNAMESE;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return match == null ? VIETNAMESE : match;
        } catch (IllegalArgumentException e) {
            return VIETNAMESE;
        }
    }

    /** The language of the request being answered on this thread; Vietnamese on a thread no request stands behind. */
    public static Locale ofRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? of(servlet.getRequest().getHeader("Accept-Language"))
                : VIETNAMESE;
    }
}
