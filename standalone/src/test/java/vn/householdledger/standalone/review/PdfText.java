package vn.householdledger.standalone.review;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The text of a PDF's pages as a reader finds it (OpenPDF's extractor), each run of white space one space. */
public final class PdfText {

    private PdfText() {
    }

    public static List<String> pages(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(extractor.getTextFromPage(page).replaceAll("\\s+", " "));
            }
            return pages;
        } catch (IOException e) {
            throw new AssertionError("Not a PDF", e);
        }
    }
}
