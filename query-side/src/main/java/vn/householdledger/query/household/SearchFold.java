package vn.householdledger.query.household;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as search compares it: lower case, without accents, {@code đ} as {@code d}, whatever Unicode form
 * it came in (a keyboard that sends "Nguyễn" decomposed, NFD, folds as one that sends it composed). The
 * projection keeps codes, villages and names folded so, and a query is folded the same way, so that
 * "nguyen van dat", "NGUYEN VAN DAT" and "Nguyễn Văn Đạt" find each other.
 */
final class SearchFold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchFold() {
    }

    static String fold(String text) {
        if (text == null) {
            return null;
        }
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return bare.replace('đ', 'd').replace('Đ', 'd').toLowerCase(Locale.ROOT);
    }
}
