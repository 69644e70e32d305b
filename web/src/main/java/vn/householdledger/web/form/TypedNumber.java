package vn.householdledger.web.form;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as a person types it: Vietnamese writes {@code 1.234.567,5} (a point groups thousands, a
 * comma marks the decimals), English {@code 1,234,567.5}; a space may group thousands in either.
 * Grouping must be by threes, so "6.6" on a Vietnamese page and "600000,5" on an English one are not
 * numbers at all rather than 66 and 6,000,005: in an append-only ledger a refused field is mended at
 * once, a misread amount stays forever.
 */
record TypedNumber(BigDecimal value, boolean hasFraction) {

    private static final Pattern VIETNAMESE = pattern('.', ',');
    private static final Pattern ENGLISH = pattern(',', '.');

    /** The number {@code text} writes in the reader's language, or null if it is not one. */
    static TypedNumber read(String text, boolean vietnamese) {
        String spacesGrouped = text.strip().replaceAll("(?<=\\d)[\\s\\u00A0\\u202F](?=\\d{3})", vietnamese ? "." : ",");
        Matcher m = (vietnamese ? VIETNAMESE : ENGLISH).matcher(spacesGrouped);
        if (!m.matches()) {
            return null;
        }
        String whole = m.group(2).replaceAll("\\D", "");
        String fraction = m.group(3);
        BigDecimal value = new BigDecimal((m.group(1) == null ? "" : "-") + whole + (fraction == null ? "" : "." + fraction));
        return new TypedNumber(value, fraction != null);
    }

    /** Digits grouped by threes with {@code group}, or not grouped at all; then {@code decimal} and digits. */
    private static Pattern pattern(char group, char decimal) {
        String g = Pattern.quote(String.valueOf(group));
        return Pattern.compile("(-)?(\\d{1,3}(?:" + g + "\\d{3})+|\\d+)(?:" + Pattern.quote(String.valueOf(decimal)) + "(\\d+))?");
    }
}
