package vn.householdledger.command.imports;

/** A national id as a list may write it: digits, perhaps with spaces, dots or dashes between them. */
final class NationalIds {

    private NationalIds() {
    }

    /** The id without the separators a spreadsheet may have put in; null when the cell is empty. */
    static String normal(String cell) {
        if (cell == null) {
            return null;
        }
        String digits = cell.replaceAll("[\\s.\\-]", "");
        return digits.isEmpty() ? null : digits;
    }
}
