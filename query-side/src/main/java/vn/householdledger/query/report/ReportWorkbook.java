package vn.householdledger.query.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.IntPredicate;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.householdledger.api.export.CellText;

/**
 * A report upward as a workbook, one sheet written top to bottom: its title lines centred across the table,
 * bordered headers that wrap, then rows of real cells (counts as numbers formatted {@code #,##0}, rates as
 * numbers formatted {@code 0.00}, never text; text neutralised by {@link CellText}), and the signature block under the table (người lập biểu on
 * the left, the chair on the right). Printed on A4 landscape, fitted to the page's width.
 */
final class ReportWorkbook {

    private final XSSFWorkbook book = new XSSFWorkbook();
    private final Sheet sheet;
    private final int columns;
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle[] text = new CellStyle[2];
    private final CellStyle[] count = new CellStyle[2];
    private final CellStyle[] rate = new CellStyle[2];
    private final CellStyle centred;
    private final CellStyle plain;
    private int next;

    ReportWorkbook(String sheetName, List<String> titleLines, int columns) {
        this.sheet = book.createSheet(sheetName);
        this.columns = columns;
        Font bold = book.createFont();
        bold.setBold(true);
        title = style(bold, HorizontalAlignment.CENTER, false);
        header = style(bold, HorizontalAlignment.CENTER, true);
        header.setWrapText(true);
        centred = style(bold, HorizontalAlignment.CENTER, false);
        plain = style(null, HorizontalAlignment.CENTER, false);
        for (int total = 0; total < 2; total++) {
            Font font = total == 1 ? bold : null;
            text[total] = style(font, HorizontalAlignment.LEFT, true);
            count[total] = style(font, HorizontalAlignment.RIGHT, true);
            count[total].setDataFormat(book.createDataFormat().getFormat("#,##0"));
            rate[total] = style(font, HorizontalAlignment.RIGHT, true);
            rate[total].setDataFormat(book.createDataFormat().getFormat("0.00"));
        }
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        for (String line : titleLines) {
            merged(next++, 0, columns - 1, line, title);
        }
        next++;
    }

    /** A row of headers; a header of {@code span} > 1 columns is merged across them. */
    void headers(List<String> headers, List<Integer> spans) {
        Row row = sheet.createRow(next);
        row.setHeightInPoints(48);
        int column = 0;
        for (int i = 0; i < headers.size(); i++) {
            int span = spans.get(i);
            for (int c = column; c < column + span; c++) {
                row.createCell(c).setCellStyle(header);
            }
            row.getCell(column).setCellValue(CellText.neutralised(headers.get(i)));
            if (span > 1) {
                sheet.addMergedRegion(new CellRangeAddress(next, next, column, column + span - 1));
            }
            column += span;
        }
        next++;
        sheet.createFreezePane(2, next);
    }

    /** A row of the table: its number (none for a total), a name, then numbers (a rate where {@code isRate}). */
    void row(Integer number, String name, List<? extends Number> values, IntPredicate isRate, boolean total) {
        int style = total ? 1 : 0;
        Row row = sheet.createRow(next++);
        Cell first = row.createCell(0);
        first.setCellStyle(count[style]);
        if (number != null) {
            first.setCellValue(number);
        }
        Cell named = row.createCell(1);
        named.setCellValue(CellText.neutralised(name));
        named.setCellStyle(text[style]);
        for (int i = 0; i < values.size(); i++) {
            Cell cell = row.createCell(i + 2);
            Number value = values.get(i);
            cell.setCellStyle(isRate.test(i) ? rate[style] : count[style]);
            if (value instanceof BigDecimal decimal) {
                cell.setCellValue(decimal.doubleValue());
            } else if (value != null) {
                cell.setCellValue(value.doubleValue());
            }
        }
    }

    /** The signature block, then the workbook's bytes. */
    byte[] finish(String place) {
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 30 * 256);
        for (int c = 2; c < columns; c++) {
            sheet.setColumnWidth(c, 13 * 256);
        }
        next++;
        int half = columns / 2;
        merged(next, half, columns - 1, place, null);
        next++;
        merged(next, 0, half - 1, "NGƯỜI LẬP BIỂU", centred);
        merged(next, half, columns - 1, "TM. ỦY BAN NHÂN DÂN – CHỦ TỊCH", centred);
        next++;
        merged(next, 0, half - 1, "(Ký, ghi rõ họ tên)", null);
        merged(next, half, columns - 1, "(Ký, ghi rõ họ tên và đóng dấu)", null);
        try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void merged(int r, int from, int to, String value, CellStyle style) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        Cell cell = row.createCell(from);
        cell.setCellValue(CellText.neutralised(value));
        cell.setCellStyle(style == null ? plain : style);
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, from, to));
        }
    }

    private CellStyle style(Font font, HorizontalAlignment alignment, boolean bordered) {
        CellStyle style = book.createCellStyle();
        if (font != null) {
            style.setFont(font);
        }
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        if (bordered) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }
}
