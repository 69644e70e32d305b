package vn.householdledger.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.platform.i18n.Phrase;

/**
 * The values a request body may carry, beyond their Java type: text that PostgreSQL can store (no
 * U+0000, no broken surrogate pairs), business dates written {@code 2018-03-15} in the years
 * {@link BusinessCalendar} deems plausible, and decimals of at most {@value #MAX_INTEGER_DIGITS}
 * digits before the point and {@value #MAX_FRACTION_DIGITS} after. Anything else is refused as
 * input, before it can become an event that a read model cannot hold.
 */
public class StrictJsonModule extends SimpleModule {

    static final int MAX_INTEGER_DIGITS = 15;
    static final int MAX_FRACTION_DIGITS = 10;

    public StrictJsonModule() {
        super("household-ledger-strict-input");
        addDeserializer(String.class, new Text());
        addDeserializer(LocalDate.class, new BusinessDate());
        addDeserializer(BigDecimal.class, new Decimal());
    }

    static final class Text extends JsonDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && !storable(text)) {
                throw new RefusedValue(parser, text, String.class, Phrase.of(UNSTORABLE));
            }
            return text;
        }
    }

    /** The message of text PostgreSQL cannot store. */
    static final String UNSTORABLE = "input.unstorable";

    /** Whether PostgreSQL can store the text as it is: no U+0000, no surrogate without its pair. */
    static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000' || Character.isLowSurrogate(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    static final class BusinessDate extends JsonDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText().strip();
            LocalDate date;
            try {
                date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e) {
                throw new RefusedValue(parser, text, LocalDate.class, Phrase.of("input.date.shape"));
            }
            if (!BusinessCalendar.isPlausible(date)) {
                throw new RefusedValue(parser, text, LocalDate.class,
                        Phrase.of("input.date.years", BusinessCalendar.FIRST_YEAR, BusinessCalendar.LAST_YEAR));
            }
            return date;
        }
    }

    static final class Decimal extends JsonDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
            if (value != null && value.signum() != 0) {
                BigDecimal plain = value.stripTrailingZeros();
                if (plain.scale() > MAX_FRACTION_DIGITS || plain.precision() - plain.scale() > MAX_INTEGER_DIGITS) {
                    throw new RefusedValue(parser, value, BigDecimal.class,
                            Phrase.of("input.decimal.digits", MAX_INTEGER_DIGITS, MAX_FRACTION_DIGITS));
                }
            }
            return value;
        }
    }
}
