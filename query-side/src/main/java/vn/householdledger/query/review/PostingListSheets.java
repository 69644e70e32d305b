package vn.householdledger.query.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.householdledger.api.export.CellText;

/**
 * The posting list as a spreadsheet and as CSV, the way the pages' exports write tables: real cells (the
 * row's number a number, the rest text), bold headers, the header row frozen. The workbook's first sheet
 * is the whole commune's list under its title; then one sheet per village, for its village house. The CSV
 * is the table alone (headers, then rows; UTF-8 with a byte-order mark so that spreadsheet programs read
 * Vietnamese): a title line would break every program that reads it as a table. Text is neutralised
 * ({@link CellText}): a name typed as a formula reads as the text it is.
 */
final class PostingListSheets {

    private static final int[] WIDTHS = {6, 16, 30, 20, 22, 22};

    private PostingListSheets() {
    }

    static byte[] xlsx(PostingList list) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font boldFont = book.createFont();
            boldFont.setBold(true);
            CellStyle bold = book.createCellStyle();
            bold.setFont(boldFont);
            Set<String> sheetNames = new HashSet<>();
            sheet(book, uniqueName("Cả xã", sheetNames), list.title(), list.rows(), bold);
            for (Map.Entry<String, List<PostingList.Row>> village : list.byVillage().entrySet()) {
                List<String> title = new ArrayList<>(list.title());
                title.add("Thôn: " + village.getKey());
                sheet(book, uniqueName(village.getKey(), sheetNames), title, village.getValue(), bold);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] csv(PostingList list) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                    .setHeader(PostingList.HEADERS.toArray(String[]::new)).get())) {
                int number = 0;
                for (PostingList.Row row : list.rows()) {
                    printer.print(++number);
                    printer.printRecord(row.cells().stream().map(CellText::neutralised).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The title's lines (each merged across the table), an empty row, the headers, then the rows numbered from 1. */
    private static void sheet(XSSFWorkbook book, String name, List<String> title, List<PostingList.Row> rows, CellStyle bold) {
        Sheet sheet = book.createSheet(name);
        int r = 0;
        for (String line : title) {
            Cell cell = sheet.createRow(r).createCell(0);
            cell.setCellValue(CellText.neutralised(line));
            cell.setCellStyle(bold);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, PostingList.HEADERS.size() - 1));
            r++;
        }
        r++;
        Row header = sheet.createRow(r);
        for (int c = 0; c < PostingList.HEADERS.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(PostingList.HEADERS.get(c));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        sheet.createFreezePane(0, r + 1);
        int number = 0;
        for (PostingList.Row row : rows) {
            Row line = sheet.createRow(++r);
            line.createCell(0).setCellValue(++number);
            List<String> cells = row.cells();
            for (int c = 0; c < cells.size(); c++) {
                line.createCell(c + 1).setCellValue(CellText.neutralised(cells.get(c)));
            }
        }
    }

    private static String uniqueName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted.isBlank() ? "Thôn" : wanted);
        base = base.length() > 28 ? base.substring(0, 28) : base;
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
            name = base + " " + i;
        }
        return name;
    }
}
