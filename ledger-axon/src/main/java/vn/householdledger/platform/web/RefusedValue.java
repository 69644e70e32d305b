package vn.householdledger.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import vn.householdledger.platform.i18n.Phrase;

/** A JSON value of the right type that the API still refuses, with the reason in words for the problem answer. */
public class RefusedValue extends InvalidFormatException {

    private final Phrase reason;

    RefusedValue(JsonParser parser, Object value, Class<?> targetType, Phrase reason) {
        super(parser, reason.inEnglish(), value, targetType);
        this.reason = reason;
    }

    public Phrase reason() {
        return reason;
    }
}
