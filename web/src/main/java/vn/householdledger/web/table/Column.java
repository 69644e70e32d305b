package vn.householdledger.web.table;

/**
 * A column of a {@link Table}: its header, already in the reader's language, and how its values are
 * written. For {@link Kind#CODE} and {@link Kind#CODES}, {@code labels} names the message group of
 * the codes' labels (e.g. {@code status}).
 */
public record Column(String header, Kind kind, String labels) {

    public enum Kind {
        TEXT, NUMBER, MONEY, PERCENT, DATE, INSTANT, CODE, CODES, DATA;

        /** Whether the column holds numbers: aligned right, numeric in a spreadsheet. */
        public boolean numeric() {
            return this == NUMBER || this == MONEY || this == PERCENT;
        }
    }

    public static Column text(String header) {
        return new Column(header, Kind.TEXT, null);
    }

    /** Data as stored (an event's JSON): a page shows it one click away, a file as it is. */
    public static Column data(String header) {
        return new Column(header, Kind.DATA, null);
    }

    public static Column number(String header) {
        return new Column(header, Kind.NUMBER, null);
    }

    public static Column money(String header) {
        return new Column(header, Kind.MONEY, null);
    }

    public static Column percent(String header) {
        return new Column(header, Kind.PERCENT, null);
    }

    public static Column date(String header) {
        return new Column(header, Kind.DATE, null);
    }

    public static Column instant(String header) {
        return new Column(header, Kind.INSTANT, null);
    }

    public static Column code(String header, String labels) {
        return new Column(header, Kind.CODE, labels);
    }

    public static Column codes(String header, String labels) {
        return new Column(header, Kind.CODES, labels);
    }
}
