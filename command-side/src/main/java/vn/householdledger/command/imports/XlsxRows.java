package vn.householdledger.command.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an Excel workbook, read with POI's streaming (SAX) reader: the sheet's XML goes by
 * row after row and never sits whole in memory (the shared strings do, as POI reads them). A date cell
 * reads as {@code YYYY-MM-DD} and a number as its plain digits, whatever the cell's display format.
 */
final class XlsxRows implements TableRows {

    private final OPCPackage workbook;

    private XlsxRows(OPCPackage workbook) {
        this.workbook = workbook;
    }

    static XlsxRows open(Path file) {
        try {
            return new XlsxRows(OPCPackage.open(file.toFile(), PackageAccess.READ));
        } catch (OpenXML4JException | RuntimeException e) {
            // POI says a file is no workbook in many ways, most of them unchecked.
            throw notAWorkbook(e);
        }
    }

    /** Ends the reading when the handler wants no more rows. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }

    @Override
    public void read(Handler handler) throws IOException {
        try {
            XSSFReader reader = new XSSFReader(workbook);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(handler), new CellText(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (Enough stopped) {
            // the handler has what it wanted
        } catch (SAXException | ParserConfigurationException | OpenXML4JException | POIXMLException
                 | UnsupportedFileFormatException e) {
            throw notAWorkbook(e);
        }
    }

    private static UnreadableTable notAWorkbook(Exception cause) {
        return new UnreadableTable("tệp không đọc được như một bảng tính Excel (.xlsx): " + cause.getMessage(), cause);
    }

    /** Gathers a row's cells by their column, an empty cell left blank, and hands the row over. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Handler handler;
        private final List<String> cells = new ArrayList<>();

        Rows(Handler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (!handler.row(new TableRow(rowNum + 1, cells))) {
                throw new Enough();
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }

    /** A cell's text: a date as {@code YYYY-MM-DD}, any other number as plain digits (no grouping, no exponent). */
    static final class CellText extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    @Override
    public Character delimiter() {
        return null;
    }

    @Override
    public void close() {
        workbook.revert();
    }
}
