package org.coplan.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The report's typeface, DejaVu Sans Condensed (Latin, Cyrillic and the dashes and signs a plan uses), taken
 * from the application's own jar so a report looks the same on every machine, and embedded in the PDF as a
 * subset of the glyphs used, so its text can be selected and searched.
 */
record ReportFonts(PDType0Font regular, PDType0Font bold) {

    static ReportFonts load(PDDocument document) {
        return new ReportFonts(font(document, "DejaVuSansCondensed.ttf"),
                font(document, "DejaVuSansCondensed-Bold.ttf"));
    }

    private static PDType0Font font(PDDocument document, String file) {
        try (InputStream in = ReportFonts.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the application: " + file);
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            // no ligatures: "fi" stays two letters, so a search for "scientific" finds the word
            font.setEnableGsub(false);
            document.registerTrueTypeFontForClosing(font);
            return PDType0Font.load(document, font, true);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
