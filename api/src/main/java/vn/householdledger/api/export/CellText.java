package vn.householdledger.api.export;

/**
 * Text as every CSV and spreadsheet the service writes carries it, so that a file cannot attack its
 * reader (CWE-1236, "CSV injection"): a text that a spreadsheet program would read as a formula — it
 * begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return — is written after a
 * single quote, as OWASP advises, and so reads as the text it is. It is for text, what a person typed
 * (names, villages, notes, reasons) and every label; numbers the service writes from numbers (an amount of
 * {@code -5000}) stay numbers, in a workbook's numeric cells and plain in a CSV's numeric columns.
 */
public final class CellText {

    private CellText() {
    }

    /** {@code text} as a cell holds it: unchanged, or after a single quote when a program would run it. */
    public static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    /**
     * A cell read back from a file the service wrote and a person mended (an import's refused rows): the
     * quote {@link #neutralised} put before it taken away, so what is sent again records what was typed.
     */
    public static String restored(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && !neutralised(cell.substring(1)).equals(cell.substring(1))) {
            return cell.substring(1);
        }
        return cell;
    }
}
