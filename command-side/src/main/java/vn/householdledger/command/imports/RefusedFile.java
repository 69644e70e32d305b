package vn.householdledger.command.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.householdledger.api.export.CellText;
import vn.householdledger.api.imports.ImportColumn;

/**
 * An import's refused rows as a file to mend and send again: its table's header row and each refused row
 * exactly as sent (every cell as text), with one more column, {@code lỗi}, saying why in Vietnamese. A CSV is
 * UTF-8 with its byte order mark (so that Excel reads Vietnamese) and the delimiter of the file sent, a
 * workbook is written streaming (a few rows in memory at a time).
 */
public final class RefusedFile {

    private final ImportStore.Started started;
    private final TableFormat format;
    private final ImportStore store;

    RefusedFile(ImportStore.Started started, TableFormat format, ImportStore store) {
        this.started = started;
        this.format = format;
        this.store = store;
    }

    public String contentType() {
        return format == TableFormat.CSV ? "text/csv;charset=UTF-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    /** The file's name: the name sent, with "bị từ chối" (refused) and the format's extension. */
    public String fileName() {
        String sent = started.fileName();
        int dot = sent.lastIndexOf('.');
        return (dot > 0 ? sent.substring(0, dot) : sent) + " - bị từ chối." + format.extension();
    }

    public void write(OutputStream out) throws IOException {
        if (format == TableFormat.CSV) {
            csv(out);
        } else {
            xlsx(out);
        }
    }

    private List<String> header() {
        List<String> header = new ArrayList<>(started.header());
        header.add(ImportColumn.REASON);
        return header;
    }

    /** The row's cells under the header's columns (padded), why it was refused, then any cells beyond the header. */
    private List<String> cells(ImportStore.RefusedRow row) {
        int width = started.header().size();
        List<String> cells = new ArrayList<>(row.cells().subList(0, Math.min(width, row.cells().size())));
        while (cells.size() < width) {
            cells.add("");
        }
        cells.add(row.reason());
        if (row.cells().size() > width) {
            cells.addAll(row.cells().subList(width, row.cells().size()));
        }
        return cells;
    }

    private void csv(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        char delimiter = started.delimiter() == null ? ',' : started.delimiter();
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get());
        printer.printRecord(header().stream().map(CellText::neutralised).toList());
        try {
            store.refusedRows(started.importId(), row -> {
                try {
                    printer.printRecord(cells(row).stream().map(CellText::neutralised).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }

    private void xlsx(OutputStream out) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(100);
        try {
            Sheet sheet = book.createSheet("Bị từ chối");
            write(sheet.createRow(0), header());
            int[] next = {1};
            store.refusedRows(started.importId(), row -> write(sheet.createRow(next[0]++), cells(row)));
            book.write(out);
        } finally {
            book.close();
        }
    }

    private static void write(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(CellText.neutralised(cells.get(c)));
        }
    }
}
