package vn.householdledger.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** A JSON value of the right type that the API still refuses, with the reason in words for the problem answer. */
public class RefusedValue extends InvalidFormatException {

    private final String reason;

    RefusedValue(JsonParser parser, Object value, Class<?> targetType, String reason) {
        super(parser, reason, value, targetType);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
