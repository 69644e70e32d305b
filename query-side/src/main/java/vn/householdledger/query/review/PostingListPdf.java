package vn.householdledger.query.review;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import java.util.Map;
import vn.householdledger.query.print.PdfDocuments;
import vn.householdledger.query.print.PdfFonts;

/**
 * The posting list as a PDF to pin up, A4 portrait: one page (or more) per village, each under the
 * commune's administrative header and the list's title, numbered from 1 within its village, so that each
 * village house posts its own pages and the commune hall all of them; DejaVu Sans embedded.
 */
final class PostingListPdf {

    private static final float[] COLUMNS = {6, 16, 24, 14, 20, 20};

    private PostingListPdf() {
    }

    static byte[] pdf(PostingList list) {
        return PdfDocuments.write(PageSize.A4, list.title().get(0), document -> {
            Map<String, List<PostingList.Row>> villages = list.byVillage();
            if (villages.isEmpty()) {
                heading(document, list, null);
                document.add(new Paragraph("Chưa có hộ nào được khảo sát.", PdfFonts.regular(10)));
            }
            boolean first = true;
            for (Map.Entry<String, List<PostingList.Row>> village : villages.entrySet()) {
                if (!first) {
                    document.newPage();
                }
                first = false;
                heading(document, list, village.getKey());
                document.add(table(village.getValue()));
                Paragraph total = new Paragraph("Tổng số: " + village.getValue().size() + " hộ.", PdfFonts.regular(10));
                total.setSpacingBefore(6);
                document.add(total);
                document.add(new Paragraph(list.complaints(), PdfFonts.regular(10)));
            }
        });
    }

    private static void heading(Document document, PostingList list, String village) {
        document.add(PdfDocuments.administrativeHeader(list.communeName()));
        List<String> title = list.title();
        document.add(PdfDocuments.centred(title.get(0), PdfFonts.bold(14)));
        title.subList(1, title.size()).forEach(line -> document.add(PdfDocuments.centred(line, PdfFonts.regular(11))));
        if (village != null) {
            Paragraph named = PdfDocuments.centred("Thôn: " + village, PdfFonts.bold(12));
            named.setSpacingBefore(6);
            document.add(named);
        }
    }

    private static PdfPTable table(List<PostingList.Row> rows) {
        PdfPTable table = new PdfPTable(COLUMNS);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        for (String header : PostingList.HEADERS) {
            table.addCell(PdfDocuments.headerCell(header));
        }
        Font regular = PdfFonts.regular(PdfDocuments.TABLE_TEXT);
        int number = 0;
        for (PostingList.Row row : rows) {
            table.addCell(PdfDocuments.cell(String.valueOf(++number), regular, Element.ALIGN_CENTER));
            row.cells().forEach(text -> table.addCell(PdfDocuments.cell(text, regular, Element.ALIGN_LEFT)));
        }
        return table;
    }
}
