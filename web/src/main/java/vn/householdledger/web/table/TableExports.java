package vn.householdledger.web.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.householdledger.api.export.CellText;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.web.Formats;

/**
 * Writes the tables of a page as a spreadsheet (one sheet per table: numbers as numbers, dates as
 * dates, money in đồng) or one of them as CSV (UTF-8 with a byte-order mark so that spreadsheet
 * programs read Vietnamese; numbers plain, dates {@code dd/MM/yyyy}). Headers and codes are written in
 * the reader's language, as on the page.
 */
@Component
public class TableExports {

    public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final int MAX_WIDTH = 60;

    private final Formats fmt;

    public TableExports(Formats fmt) {
        this.fmt = fmt;
    }

    /**
     * Answers {@code format} ({@code xlsx} or {@code csv}) of the page's tables, as the download
     * {@code fileName} with the format's extension; a CSV holds the table named {@code table}, or the first.
     */
    public ResponseEntity<byte[]> export(String format, String table, List<Table> tables, String fileName) {
        byte[] body;
        MediaType type;
        if ("xlsx".equals(format)) {
            body = xlsx(tables);
            type = XLSX;
        } else if ("csv".equals(format)) {
            Table chosen = tables.stream().filter(t -> table == null || t.name().equals(table)).findFirst()
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "table: not a table of this page: " + table));
            body = csv(chosen);
            type = CSV;
        } else {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "export: must be xlsx or csv");
        }
        String name = fileName + ("csv".equals(format) && tables.size() > 1 ? "-" + table : "") + "." + format;
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    byte[] xlsx(List<Table> tables) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            Set<String> sheetNames = new HashSet<>();
            for (Table table : tables) {
                Sheet sheet = book.createSheet(uniqueSheetName(table.caption(), sheetNames));
                int[] widths = new int[table.columns().size()];
                int r = 0;
                var header = sheet.createRow(r++);
                for (int c = 0; c < table.columns().size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(CellText.neutralised(table.columns().get(c).header()));
                    cell.setCellStyle(styles.header);
                    widths[c] = table.columns().get(c).header().length();
                }
                for (Table.Row row : table.rows()) {
                    writeRow(sheet.createRow(r++), row, table.columns(), styles, widths, false);
                }
                if (table.total() != null) {
                    writeRow(sheet.createRow(r), table.total(), table.columns(), styles, widths, true);
                }
                for (int c = 0; c < widths.length; c++) {
                    sheet.setColumnWidth(c, Math.min(widths[c] + 2, MAX_WIDTH) * 256);
                }
                sheet.createFreezePane(0, 1);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeRow(org.apache.poi.ss.usermodel.Row sheetRow, Table.Row row, List<Column> columns, Styles styles,
                          int[] widths, boolean total) {
        for (int c = 0; c < columns.size(); c++) {
            Object value = c < row.cells().size() ? row.cells().get(c) : null;
            Column column = columns.get(c);
            Cell cell = sheetRow.createCell(c);
            widths[c] = Math.max(widths[c], fmt.cell(value, column).length());
            if (value == null) {
                continue;
            }
            switch (column.kind()) {
                case NUMBER -> cell.setCellValue(((Number) value).doubleValue());
                case MONEY -> {
                    cell.setCellValue(((Number) value).doubleValue());
                    cell.setCellStyle(styles.money);
                }
                case PERCENT -> {
                    cell.setCellValue(((BigDecimal) value).doubleValue());
                    cell.setCellStyle(styles.percent);
                }
                case DATE -> {
                    cell.setCellValue((LocalDate) value);
                    cell.setCellStyle(styles.date);
                }
                case INSTANT -> {
                    cell.setCellValue(LocalDateTime.ofInstant((Instant) value, BusinessCalendar.VIETNAM));
                    cell.setCellStyle(styles.dateTime);
                }
                default -> cell.setCellValue(CellText.neutralised(fmt.cell(value, column)));
            }
            if (total && column.kind() == Column.Kind.TEXT) {
                cell.setCellStyle(styles.header);
            }
        }
    }

    byte[] csv(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                    .setHeader(table.columns().stream().map(c -> CellText.neutralised(c.header())).toArray(String[]::new)).get())) {
                for (Table.Row row : table.rows()) {
                    printer.printRecord(plain(row, table.columns()));
                }
                if (table.total() != null) {
                    printer.printRecord(plain(table.total(), table.columns()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Numbers without separators, so that any program reads them (a negative amount stays {@code -5000}: the
     * service wrote it from a number); the rest as the page writes it, neutralised ({@link CellText}).
     */
    private List<String> plain(Table.Row row, List<Column> columns) {
        return IntStream.range(0, columns.size()).mapToObj(c -> {
            Object value = c < row.cells().size() ? row.cells().get(c) : null;
            if (value == null) {
                return "";
            }
            if (columns.get(c).kind().numeric()) {
                return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
            }
            return CellText.neutralised(fmt.cell(value, columns.get(c)));
        }).toList();
    }

    private static String uniqueSheetName(String caption, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(caption == null || caption.isBlank() ? "Sheet" : caption);
        base = base.length() > 28 ? base.substring(0, 28) : base;
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase()); i++) {
            name = base + " " + i;
        }
        return name;
    }

    /** The few cell styles a workbook shares. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle money;
        final CellStyle percent;
        final CellStyle date;
        final CellStyle dateTime;

        Styles(XSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            header = book.createCellStyle();
            header.setFont(bold);
            var formats = book.createDataFormat();
            money = book.createCellStyle();
            money.setDataFormat(formats.getFormat("#,##0\" đ\""));
            percent = book.createCellStyle();
            percent.setDataFormat(formats.getFormat("0.00"));
            date = book.createCellStyle();
            date.setDataFormat(formats.getFormat("dd/mm/yyyy"));
            dateTime = book.createCellStyle();
            dateTime.setDataFormat(formats.getFormat("dd/mm/yyyy hh:mm"));
        }
    }
}
