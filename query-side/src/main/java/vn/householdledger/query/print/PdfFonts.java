package vn.householdledger.query.print;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans (regular and bold), shipped in the jar ({@code fonts/}, licence beside it) and embedded in
 * each PDF as the subset it uses: PDF's standard fonts have no Vietnamese letters, and a font left to the
 * reader's machine prints "Nguyễn" differently on each. Loaded once; a {@link BaseFont} serves any number
 * of documents.
 */
public final class PdfFonts {

    private static final BaseFont REGULAR = load("DejaVuSans.ttf");
    private static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");

    private PdfFonts() {
    }

    public static Font regular(float size) {
        return new Font(REGULAR, size);
    }

    public static Font bold(float size) {
        return new Font(BOLD, size);
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from the jar");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
