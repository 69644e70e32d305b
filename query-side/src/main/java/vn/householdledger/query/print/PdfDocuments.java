package vn.householdledger.query.print;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.function.Consumer;

/** The frame of the query side's PDFs: a page size, the administrative header, centred lines, table cells. */
public final class PdfDocuments {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** The size of a table's text: a board's columns fit a household code, a name and a status on A4 portrait. */
    public static final float TABLE_TEXT = 9;
    private static final float MARGIN = 42;
    private static final Color HEADER_SHADE = new Color(230, 230, 230);

    private PdfDocuments() {
    }

    /** A document of {@code pageSize}, titled {@code title}, with what {@code content} adds to it. */
    public static byte[] write(Rectangle pageSize, String title, Consumer<Document> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(pageSize, MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addCreator("Household Ledger");
        document.open();
        content.accept(document);
        document.close();
        return out.toByteArray();
    }

    /**
     * The header of an administrative document (Decree 30/2020/NĐ-CP): the issuing authority on the left, the
     * national name and motto (quốc hiệu, tiêu ngữ) on the right.
     */
    public static PdfPTable administrativeHeader(String communeName) {
        PdfPTable header = new PdfPTable(new float[] {2, 3});
        header.setWidthPercentage(100);
        header.addCell(plain(Element.ALIGN_CENTER, line("ỦY BAN NHÂN DÂN", 10, false),
                line(communeName.toUpperCase(VIETNAMESE), 10, true)));
        header.addCell(plain(Element.ALIGN_CENTER, line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 10, true),
                line("Độc lập - Tự do - Hạnh phúc", 10, true)));
        header.setSpacingAfter(14);
        return header;
    }

    public static Paragraph centred(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    /** A cell of a table with a border, its text in {@code font}. */
    public static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        return cell;
    }

    /** A table's header cell: bold, centred, shaded. */
    public static PdfPCell headerCell(String text) {
        PdfPCell cell = cell(text, PdfFonts.bold(TABLE_TEXT), Element.ALIGN_CENTER);
        cell.setBackgroundColor(HEADER_SHADE);
        return cell;
    }

    /**
     * A report's signatures under its table: who made it (người lập biểu) on the left; the place and date, and the
     * chair signing for the people's committee, on the right.
     */
    public static PdfPTable signatures(String placeAndDate) {
        PdfPTable block = new PdfPTable(new float[] {1, 1});
        block.setWidthPercentage(100);
        block.setSpacingBefore(14);
        block.setKeepTogether(true);
        block.addCell(plain(Element.ALIGN_CENTER, line(" ", 10, false), line("NGƯỜI LẬP BIỂU", 10, true),
                line("(Ký, ghi rõ họ tên)", 9, false)));
        block.addCell(plain(Element.ALIGN_CENTER, line(placeAndDate, 10, false), line("TM. ỦY BAN NHÂN DÂN", 10, true),
                line("CHỦ TỊCH", 10, true), line("(Ký, ghi rõ họ tên và đóng dấu)", 9, false)));
        return block;
    }

    private static Paragraph line(String text, float size, boolean bold) {
        return centred(text, bold ? PdfFonts.bold(size) : PdfFonts.regular(size));
    }

    private static PdfPCell plain(int alignment, Paragraph... lines) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        for (Paragraph line : lines) {
            cell.addElement(line);
        }
        return cell;
    }
}
