package vn.householdledger.command.imports;

import java.util.regex.Pattern;

/** A national id as a list may write it: digits, perhaps with spaces, dots or dashes between them. */
final class NationalIds {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]");

    private NationalIds() {
    }

    /** The id without the separators a spreadsheet may have put in; null when the cell is empty. */
    static String normal(String cell) {
        if (cell == null) {
            return null;
        }
        String digits = SEPARATORS.matcher(cell).replaceAll("");
        return digits.isEmpty() ? null : digits;
    }
}
