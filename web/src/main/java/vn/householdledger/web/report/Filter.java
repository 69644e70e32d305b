package vn.householdledger.web.report;

import java.util.Map;

/**
 * One field of a report's filter form, sent back as a query parameter: {@code type} is {@code year},
 * {@code date}, {@code datetime}, {@code text} or {@code select} (with {@code options}: value →
 * label, the first usually "all" with an empty value); {@code hint} says how to type it.
 */
public record Filter(String name, String label, String type, String value, Map<String, String> options, String hint) {

    public static Filter of(String name, String label, String type, Object value, String hint) {
        return new Filter(name, label, type, value == null ? "" : value.toString(), Map.of(), hint);
    }

    public static Filter select(String name, String label, Object value, Map<String, String> options) {
        return new Filter(name, label, "select", value == null ? "" : value.toString(), options, null);
    }
}
