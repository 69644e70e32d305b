package vn.householdledger.command.imports;

import java.io.Closeable;
import java.io.IOException;

/** The rows of an uploaded table, read streaming from the file and handed over one at a time. */
interface TableRows extends Closeable {

    /** Takes each row in turn; answers false to stop reading. */
    @FunctionalInterface
    interface Handler {
        boolean row(TableRow row);
    }

    /** Reads the rows until the end or until {@code handler} stops; a file that cannot be read throws {@link UnreadableTable}. */
    void read(Handler handler) throws IOException;

    /** The delimiter of a CSV table (its refused rows are written back with it); null for a workbook. */
    Character delimiter();
}
