package vn.householdledger.standalone.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.householdledger.api.imports.ImportColumn;

/**
 * A commune's list as a worker brings it: one row per member under Vietnamese headers, written as CSV (with
 * or without a byte order mark, comma or semicolon separated) or as an Excel workbook whose dates are date
 * cells and whose amounts are numbers, as a spreadsheet program saves them.
 */
final class ListFile {

    /** One member's row: the cell of each header (a {@link LocalDate} or a number where a spreadsheet would have one). */
    static final class Member {
        final Map<String, Object> cells = new LinkedHashMap<>();

        Member set(ImportColumn column, Object value) {
            cells.put(column.header(), value);
            return this;
        }

        Member set(String header, Object value) {
            cells.put(header, value);
            return this;
        }
    }

    private final List<String> headers;
    private final List<Member> rows = new ArrayList<>();

    ListFile(List<String> headers) {
        this.headers = List.copyOf(headers);
    }

    /** The headers of every column, the optional ones too, in the contract's order. */
    static ListFile everyColumn() {
        return new ListFile(java.util.Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList());
    }

    List<Member> rows() {
        return rows;
    }

    ListFile add(Member... members) {
        rows.addAll(List.of(members));
        return this;
    }

    /** A household's head's row, with its registration and its last review; more members are added by {@link #member}. */
    static Member head(String code, String name, String sex, String nationalId, int reviewYear, LocalDate decidedOn,
                       long income, String deprivations, String causes, String working) {
        return new Member().set(ImportColumn.CODE, code).set(ImportColumn.VILLAGE, "Thôn Đông")
                .set(ImportColumn.ADDRESS, "Số 7, thôn Đông").set(ImportColumn.FULL_NAME, name)
                .set(ImportColumn.RELATION, "chủ hộ").set(ImportColumn.SEX, sex)
                .set(ImportColumn.BIRTH_DATE, LocalDate.of(1969, 3, 8)).set(ImportColumn.NATIONAL_ID, nationalId)
                .set(ImportColumn.ETHNICITY, "Mường").set(ImportColumn.DISABILITY, "không")
                .set(ImportColumn.MERITORIOUS_SERVICE, "có")
                .set(ImportColumn.REGISTERED_ON, LocalDate.of(2016, 3, 1)).set(ImportColumn.REVIEW_YEAR, reviewYear)
                .set(ImportColumn.DECIDED_ON, decidedOn).set(ImportColumn.DECISION_NUMBER, "QĐ " + reviewYear + "/UBND")
                .set(ImportColumn.INCOME, income).set(ImportColumn.DEPRIVATIONS, deprivations)
                .set(ImportColumn.CAUSES, causes).set(ImportColumn.HAS_WORKING_MEMBER, working);
    }

    static Member memberRow(String code, String name, String relation, String sex, Object birth, String nationalId) {
        return new Member().set(ImportColumn.CODE, code).set(ImportColumn.FULL_NAME, name).set(ImportColumn.RELATION, relation)
                .set(ImportColumn.SEX, sex).set(ImportColumn.BIRTH_DATE, birth).set(ImportColumn.NATIONAL_ID, nationalId);
    }

    byte[] csv(char delimiter, boolean byteOrderMark) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            if (byteOrderMark) {
                writer.write('\uFEFF');
            }
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get())) {
                printer.printRecord(headers);
                for (Member row : rows) {
                    printer.printRecord(headers.stream().map(h -> {
                        Object value = row.cells.get(h);
                        return value == null ? "" : value.toString();
                    }).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    byte[] xlsx() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = book.createSheet("Danh sách");
            sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO");
            Row header = sheet.createRow(2);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 3);
                for (int c = 0; c < headers.size(); c++) {
                    Object value = rows.get(r).cells.get(headers.get(c));
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
