package vn.householdledger.command.imports;

/** The uploaded file is not a table that can be read (not UTF-8, not a workbook, cut short); the message says why, in Vietnamese. */
class UnreadableTable extends RuntimeException {

    UnreadableTable(String message, Throwable cause) {
        super(message, cause);
    }

    UnreadableTable(String message) {
        super(message);
    }
}
