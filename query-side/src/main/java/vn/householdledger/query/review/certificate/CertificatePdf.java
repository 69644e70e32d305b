package vn.householdledger.query.review.certificate;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.util.Locale;
import vn.householdledger.api.household.Classification;
import vn.householdledger.query.print.PdfDocuments;
import vn.householdledger.query.print.PdfFonts;
import vn.householdledger.query.print.Vietnamese;

/**
 * The certificate as a PDF on A4 portrait: the paper of administrative documents (Decree 30/2020/NĐ-CP),
 * which every commune office prints on, and room for the members of a large household in one table.
 * The commune's administrative header, the decision it rests on, the household, its members, and the place
 * for the chair's signature and seal; DejaVu Sans embedded.
 */
final class CertificatePdf {

    private static final float[] MEMBER_COLUMNS = {6, 30, 16, 10, 14, 24};
    private static final String[] MEMBER_HEADERS = {"STT", "Họ và tên", "Quan hệ với chủ hộ", "Giới tính", "Ngày sinh",
            "Số định danh cá nhân"};
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private CertificatePdf() {
    }

    static byte[] pdf(Certificate certificate) {
        String kind = certificate.classification() == Classification.POOR ? "HỘ NGHÈO" : "HỘ CẬN NGHÈO";
        String title = "GIẤY CHỨNG NHẬN " + kind;
        return PdfDocuments.write(PageSize.A4, title, document -> {
            Font text = PdfFonts.regular(11);
            document.add(PdfDocuments.administrativeHeader(certificate.communeName()));
            document.add(PdfDocuments.centred(title, PdfFonts.bold(16)));
            document.add(PdfDocuments.centred("Năm " + certificate.listsYear(), PdfFonts.bold(12)));
            document.add(spaced(new Paragraph("Căn cứ Quyết định số " + number(certificate) + " "
                    + Vietnamese.longDate(certificate.decidedOn()) + " của Chủ tịch Ủy ban nhân dân "
                    + certificate.communeName() + " về việc công nhận hộ nghèo, hộ cận nghèo;", text), 14));
            document.add(new Paragraph("Ủy ban nhân dân " + certificate.communeName() + " chứng nhận:", text));
            document.add(spaced(new Paragraph("Hộ gia đình ông/bà: " + certificate.headName(), PdfFonts.bold(12)), 8));
            document.add(new Paragraph("Mã hộ: " + certificate.code(), text));
            document.add(new Paragraph("Nơi cư trú: " + certificate.address() + " (" + certificate.village() + ")", text));
            document.add(new Paragraph("Là " + kind.toLowerCase(VIETNAMESE) + " năm "
                    + certificate.listsYear() + " theo chuẩn nghèo " + certificate.standard() + ".", PdfFonts.bold(11)));
            document.add(spaced(new Paragraph("Các thành viên của hộ:", text), 8));
            document.add(members(certificate));
            document.add(spaced(signature(certificate.communeName() + ", " + Vietnamese.longDate(certificate.decidedOn()),
                    PdfFonts.regular(11)), 18));
            document.add(signature("TM. ỦY BAN NHÂN DÂN", PdfFonts.bold(11)));
            document.add(signature("CHỦ TỊCH", PdfFonts.bold(11)));
            document.add(signature("(Ký, ghi rõ họ tên và đóng dấu)", PdfFonts.regular(9)));
        });
    }

    /** The decision's number, or a blank to fill in by hand for one recorded without it (history from paper). */
    private static String number(Certificate certificate) {
        return certificate.decisionNumber() == null ? "…………" : certificate.decisionNumber();
    }

    private static PdfPTable members(Certificate certificate) {
        PdfPTable table = new PdfPTable(MEMBER_COLUMNS);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        for (String header : MEMBER_HEADERS) {
            table.addCell(PdfDocuments.headerCell(header));
        }
        Font regular = PdfFonts.regular(PdfDocuments.TABLE_TEXT);
        int number = 0;
        for (Certificate.Member member : certificate.members()) {
            table.addCell(PdfDocuments.cell(String.valueOf(++number), regular, Element.ALIGN_CENTER));
            table.addCell(PdfDocuments.cell(member.fullName(), regular, Element.ALIGN_LEFT));
            table.addCell(PdfDocuments.cell(Vietnamese.relation(member.relation()), regular, Element.ALIGN_LEFT));
            table.addCell(PdfDocuments.cell(Vietnamese.sex(member.sex()), regular, Element.ALIGN_LEFT));
            table.addCell(PdfDocuments.cell(Vietnamese.date(member.birthDate()), regular, Element.ALIGN_CENTER));
            table.addCell(PdfDocuments.cell(member.nationalId() == null ? "" : member.nationalId(), regular, Element.ALIGN_LEFT));
        }
        return table;
    }

    /** A line of the place, date and signature block, centred on the right half of the page. */
    private static Paragraph signature(String line, Font font) {
        Paragraph paragraph = new Paragraph(line, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setIndentationLeft(240);
        return paragraph;
    }

    private static Paragraph spaced(Paragraph paragraph, float before) {
        paragraph.setSpacingBefore(before);
        return paragraph;
    }
}
