package vn.householdledger.command.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first sheet of an Excel workbook, read streaming: POI opens the package and reads its styles, and a
 * SAX handler of our own goes through the shared strings and the sheet's XML row after row, so the sheet
 * never sits whole in memory (its shared strings do, as plain strings). POI's own sheet handler makes a rich
 * text object of every string cell, which cost a third of an import's time. A date cell reads as
 * {@code YYYY-MM-DD} and a number as its plain digits, whatever the cell's display format.
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
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            List<String> strings = sharedStrings(reader);
            try (InputStream sheet = sheets.next()) {
                parse(sheet, new Sheet(handler, strings, reader.getStylesTable()));
            }
        } catch (Enough stopped) {
            // the handler has what it wanted
        } catch (SAXException | ParserConfigurationException | OpenXML4JException | RuntimeException e) {
            throw notAWorkbook(e);
        }
    }

    private static List<String> sharedStrings(XSSFReader reader) throws IOException, SAXException, ParserConfigurationException {
        SharedStrings strings = new SharedStrings();
        try (InputStream in = reader.getSharedStringsData()) {
            parse(in, strings);
        } catch (OpenXML4JException | IllegalArgumentException noTable) {
            // a workbook whose strings are all inline has no table of shared strings
        }
        return strings.all;
    }

    private static void parse(InputStream xml, DefaultHandler handler) throws IOException, SAXException, ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(xml));
    }

    private static UnreadableTable notAWorkbook(Exception cause) {
        return new UnreadableTable("tệp không đọc được như một bảng tính Excel (.xlsx): " + cause.getMessage(), cause);
    }

    /** The text of each shared string ({@code <si>}): its runs' text, without phonetic guides. */
    private static final class SharedStrings extends DefaultHandler {
        final List<String> all = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private boolean inText;
        private boolean inPhonetic;

        @Override
        public void startElement(String uri, String local, String name, Attributes attributes) {
            switch (local) {
                case "si" -> text.setLength(0);
                case "t" -> inText = !inPhonetic;
                case "rPh" -> inPhonetic = true;
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String local, String name) {
            switch (local) {
                case "si" -> all.add(text.toString());
                case "t" -> inText = false;
                case "rPh" -> inPhonetic = false;
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                text.append(ch, start, length);
            }
        }
    }

    /** Gathers each row's cells by their column (an empty cell left blank) and hands the row over. */
    private static final class Sheet extends DefaultHandler {
        private final Handler handler;
        private final List<String> strings;
        private final StylesTable styles;
        private final Map<Integer, Boolean> dateStyles = new HashMap<>();
        private final List<String> cells = new ArrayList<>();
        private final StringBuilder value = new StringBuilder();
        private int row;
        private int column;
        private String type;
        private int style;
        private boolean inValue;
        private boolean inPhonetic;

        Sheet(Handler handler, List<String> strings, StylesTable styles) {
            this.handler = handler;
            this.strings = strings;
            this.styles = styles;
        }

        @Override
        public void startElement(String uri, String local, String name, Attributes attributes) {
            switch (local) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    row = r == null ? row + 1 : Integer.parseInt(r);
                    cells.clear();
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? cells.size() : column(r);
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    value.setLength(0);
                }
                case "v", "t" -> inValue = !inPhonetic;
                case "rPh" -> inPhonetic = true;
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String local, String name) {
            switch (local) {
                case "v", "t" -> inValue = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> {
                    while (cells.size() < column) {
                        cells.add("");
                    }
                    cells.add(text());
                }
                case "row" -> {
                    if (!handler.row(new TableRow(row, cells))) {
                        throw new Enough();
                    }
                }
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            }
        }

        private String text() {
            String raw = value.toString();
            if (type == null || type.equals("n")) {
                return raw.isEmpty() ? "" : number(Double.parseDouble(raw));
            }
            return switch (type) {
                case "s" -> strings.get(Integer.parseInt(raw.strip()));
                case "b" -> raw.equals("1") ? "TRUE" : "FALSE";
                default -> raw;
            };
        }

        /** A date as {@code YYYY-MM-DD} when the cell's format is a date's, else plain digits (no grouping, no exponent). */
        private String number(double number) {
            boolean date = dateStyles.computeIfAbsent(style, s -> {
                XSSFCellStyle cellStyle = styles == null || s >= styles.getNumCellStyles() ? null : styles.getStyleAt(s);
                return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
            });
            if (date && DateUtil.isValidExcelDate(number)) {
                return DateUtil.getLocalDateTime(number).toLocalDate().toString();
            }
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }

        /** The column of a cell reference ({@code C12} is 2), from its letters. */
        private static int column(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
                column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            }
            return column - 1;
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
