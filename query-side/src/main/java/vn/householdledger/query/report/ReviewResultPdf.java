package vn.householdledger.query.report;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPTable;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import vn.householdledger.api.report.ReviewResults;
import vn.householdledger.query.print.PdfDocuments;
import vn.householdledger.query.print.PdfFonts;

/**
 * The review results as a PDF to sign and send up: A4 landscape (sixteen columns), under the administrative
 * header of the unit, its title, the table, and the signatures; DejaVu Sans embedded. Numbers are written
 * the Vietnamese way (1.234; 2,09).
 */
final class ReviewResultPdf {

    private static final float[] COLUMNS = {3, 12, 6, 5, 5, 5, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6};
    private static final float TEXT = 7;

    private ReviewResultPdf() {
    }

    static byte[] pdf(ReviewResults results) {
        List<String> title = ReviewResultTable.title(results);
        return PdfDocuments.write(PageSize.A4.rotate(), title.get(0), document -> {
            document.add(PdfDocuments.administrativeHeader(results.unit()));
            document.add(PdfDocuments.centred(title.get(0), PdfFonts.bold(13)));
            title.subList(1, title.size()).forEach(line -> document.add(PdfDocuments.centred(line, PdfFonts.regular(10))));
            document.add(table(results));
            document.add(PdfDocuments.signatures(ReviewResultTable.place(results.unit(), results.madeOn())));
        });
    }

    private static PdfPTable table(ReviewResults results) {
        PdfPTable table = new PdfPTable(COLUMNS);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setHeaderRows(1);
        Font headerFont = PdfFonts.bold(TEXT);
        for (String header : ReviewResultTable.HEADERS) {
            table.addCell(PdfDocuments.cell(header, headerFont, Element.ALIGN_CENTER));
        }
        for (ReviewResultTable.Line line : ReviewResultTable.lines(results)) {
            Font font = line.total() ? PdfFonts.bold(TEXT) : PdfFonts.regular(TEXT);
            table.addCell(PdfDocuments.cell(line.number() == null ? "" : line.number().toString(), font, Element.ALIGN_CENTER));
            table.addCell(PdfDocuments.cell(line.name(), font, Element.ALIGN_LEFT));
            for (Number value : line.values()) {
                table.addCell(PdfDocuments.cell(written(value), font, Element.ALIGN_RIGHT));
            }
        }
        return table;
    }

    private static String written(Number value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi"));
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal ? new DecimalFormat("0.00", symbols).format(value)
                : new DecimalFormat("#,##0", symbols).format(value);
    }
}
