package vn.householdledger.standalone.hostile;

import com.fasterxml.jackson.databind.util.RawValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * One field of a request body and the values that can never be valid for it: the wrong JSON type,
 * out of range, unknown codes, hostile text. {@link #MISSING} stands for leaving the field out.
 */
record Field(String name, Kind kind, boolean required, long min, long max, Supplier<Object> valid, List<Field> parts,
             String pattern) {

    /** Leave the field out of the body. */
    static final Object MISSING = new Object();

    static final String SQL = "'; DROP TABLE event_store.domain_event_entry; --";
    static final String SCRIPT = "<script>alert(document.cookie)</script>";
    static final List<String> HOSTILE_CODES = List.of("NOT_A_CODE", SQL, SCRIPT, "' OR '1'='1", "${jndi:ldap://x/a}",
            "../../etc/passwd", "NULL", "Hà Lan", "🙂");

    /**
     * TEXT: free text up to {@code max}; CODE: a code that must name something known (a commune, a
     * standard); NEW_CODE: a new code of {@code pattern}; ENUM: one of a fixed list; MONEY: whole đồng
     * from {@code min}; INT and DECIMAL: from {@code min} to {@code max}; CODES: a list of at most
     * {@code max} known codes; OBJECTS: a list of at most {@code max} objects of {@code parts}.
     */
    enum Kind { TEXT, CODE, NEW_CODE, ENUM, UUID, DATE, PAST_DATE, MONEY, INT, DECIMAL, BOOL, CODES, OBJECTS }

    static Field of(String name, Kind kind, boolean required, Supplier<Object> valid) {
        return new Field(name, kind, required, 0, 0, valid, List.of(), null);
    }

    static Field text(String name, int max, boolean required) {
        return new Field(name, Kind.TEXT, required, 0, max, () -> "Thôn Đông", List.of(), null);
    }

    static Field newCode(String name, String pattern, int max, boolean required, Supplier<Object> valid) {
        return new Field(name, Kind.NEW_CODE, required, 0, max, valid, List.of(), pattern);
    }

    static Field number(String name, Kind kind, boolean required, long min, long max, Supplier<Object> valid) {
        return new Field(name, kind, required, min, max, valid, List.of(), null);
    }

    static Field codes(String name, int maxSize, boolean required, Supplier<Object> valid) {
        return new Field(name, Kind.CODES, required, 0, maxSize, valid, List.of(), null);
    }

    /** A list of objects, each of {@code parts}; {@code valid} makes a valid list. */
    static Field objects(String name, int maxSize, Supplier<Object> valid, List<Field> parts) {
        return new Field(name, Kind.OBJECTS, true, 1, maxSize, valid, parts, null);
    }

    /** Values that no request may carry in this field, whatever the rest of the body says. */
    List<Object> invalidValues(Random random) {
        List<Object> values = new ArrayList<>(switch (kind) {
            case TEXT -> List.of(Map.of("$gt", ""), List.of("x"), List.of(), longText((int) max + 1, random),
                    longText(1024 * 1024, random), "Nguyễn\u0000Văn", "\u0000", new RawValue("\"Nguy\\ud800n\""),
                    new RawValue("\"\\udc00\""));
            case CODE, ENUM -> codeValues();
            case NEW_CODE -> newCodeValues(random);
            case UUID -> List.of("not-a-uuid", "1234", SQL, SCRIPT, "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz", 12345,
                    Map.of(), List.of(), true, longText(1024 * 1024, random));
            case DATE, PAST_DATE -> dateValues();
            case MONEY -> List.of(-1L, Long.MIN_VALUE, Long.MAX_VALUE, new BigInteger("9223372036854775808"), 1e308,
                    -1e308, 1.5, new BigDecimal("1e-999999999"), "abc", "12.000.000", Map.of(), List.of(1));
            case INT -> List.of(min - 1, max + 1, Integer.MIN_VALUE, 2_147_483_648L, Long.MAX_VALUE, 1e308, 1.5,
                    "abc", Map.of(), List.of());
            case DECIMAL -> List.of(min - 1, max + 1, 1e308, -1e308, new BigDecimal("1e-999999999"),
                    new BigDecimal("1e999999999"), new BigDecimal("0." + "0".repeat(900) + "1"), "abc", Map.of(), true);
            case BOOL -> List.of("maybe", "yes", Map.of(), List.of(), "");
            case CODES -> List.of(List.of("NOT_A_CODE"), Collections.singletonList(null), List.of(SQL), List.of(SCRIPT),
                    "LACK_CAPITAL", Map.of(), List.of(List.of("LACK_CAPITAL")), List.of(longText(1024 * 1024, random)),
                    Collections.nCopies((int) max + 1, "LACK_CAPITAL"), List.of(0));
            case OBJECTS -> List.of(List.of(), Collections.singletonList(null), 42, Map.of(), "members",
                    Collections.nCopies((int) max + 1, valid.get() instanceof List<?> l ? l.get(0) : Map.of()));
        });
        if (kind == Kind.PAST_DATE) {
            values.add("2099-12-31");
        }
        if (kind == Kind.MONEY && min > 0) {
            values.add(0);
        }
        if (required) {
            values.add(null);
            values.add(MISSING);
            if (kind == Kind.TEXT || kind == Kind.UUID) {
                values.add("");
                values.add(" \t ");
            }
        }
        return values;
    }

    private List<Object> codeValues() {
        List<Object> values = new ArrayList<>(HOSTILE_CODES);
        values.addAll(List.of(0, 1, Map.of(), List.of(), String.valueOf(valid.get()).toLowerCase()));
        return values;
    }

    /** Hostile codes that are not by chance a new code of the field's pattern (Jackson reads a number as text). */
    private List<Object> newCodeValues(Random random) {
        List<Object> values = new ArrayList<>(codeValues().stream().filter(v -> !(v instanceof String || v instanceof Number)
                || String.valueOf(v).length() > max || !String.valueOf(v).matches(pattern)).toList());
        values.add(longText((int) max + 1, random));
        return values;
    }

    private static List<Object> dateValues() {
        return List.of("2018-02-30", "2018-13-01", "15/03/2018", "2018-3-5", "yesterday", "2018-03-15T10:00:00Z",
                SQL, SCRIPT, 17_000, List.of(2018, 3, 15), "-999999999-01-01", "+999999999-12-31", "0000-01-01",
                "1066-10-14", "2101-01-01", "+10000-01-01", Map.of());
    }

    /** Text of {@code length} characters made of hostile fragments, Vietnamese and emoji. */
    static String longText(int length, Random random) {
        String[] pieces = {SQL, SCRIPT, "Nguyễn Thị Hồng Nhung ", "🙂🙃", "\\\"'`", "%00%27", "{{7*7}}"};
        StringBuilder text = new StringBuilder(length + 64);
        while (text.length() < length) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.substring(0, length);
    }

    /** A copy of {@code body} with this field set to {@code value} (or left out for {@link #MISSING}). */
    Map<String, Object> with(Map<String, Object> body, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        if (value == MISSING) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return changed;
    }
}
