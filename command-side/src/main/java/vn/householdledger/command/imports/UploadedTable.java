package vn.householdledger.command.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** An uploaded file kept on disk while its import runs, read as a table as often as the import needs. */
record UploadedTable(Path file, TableFormat format) {

    /** The table's header, from its first rows; {@link UnreadableTable} when it has none naming the import's columns. */
    Header header() {
        List<TableRow> first = new ArrayList<>();
        read(row -> {
            first.add(row);
            return first.size() < Header.SEARCHED_ROWS;
        });
        return Header.of(first);
    }

    /** The delimiter of a CSV table, null for a workbook. */
    Character delimiter() {
        try (TableRows rows = format.open(file)) {
            return rows.delimiter();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each row below {@code header} that is not blank, in order. */
    void rowsBelow(Header header, Consumer<TableRow> each) {
        read(row -> {
            if (row.number() > header.row().number() && !row.blank()) {
                each.accept(row);
            }
            return true;
        });
    }

    private void read(TableRows.Handler handler) {
        try (TableRows rows = format.open(file)) {
            rows.read(handler);
        } catch (IOException e) {
            throw new UnreadableTable("không đọc được tệp: " + e.getMessage(), e);
        }
    }
}
