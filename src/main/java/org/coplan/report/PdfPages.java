package org.coplan.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The report's pages as a flow: a cursor moves down the body (the page less its margins, header and footer)
 * and a new page starts when what comes next does not fit. Also the drawing primitives the parts share, in
 * page coordinates with y growing upwards, as PDF has them. Text is cleaned of characters the font cannot
 * show, so a stray symbol in a name never costs the whole report.
 */
final class PdfPages implements AutoCloseable {

    static final float HEADER_SPACE = 26;
    private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("[\\s\\p{Cntrl}]+");
    static final float FOOTER_SPACE = 24;

    private final PDDocument document;
    private final PageSetup setup;
    private final ReportFonts fonts;
    private final List<PDPage> pages = new ArrayList<>();
    private final java.util.Map<PDFont, java.util.Map<Integer, Float>> advances = new java.util.HashMap<>();
    private PDPageContentStream stream;
    private float cursor;

    PdfPages(PDDocument document, PageSetup setup, ReportFonts fonts) {
        this.document = document;
        this.setup = setup;
        this.fonts = fonts;
    }

    ReportFonts fonts() {
        return fonts;
    }

    List<PDPage> pages() {
        return pages;
    }

    PDDocument document() {
        return document;
    }

    PageSetup setup() {
        return setup;
    }

    float left() {
        return setup.margin();
    }

    float right() {
        return setup.width() - setup.margin();
    }

    float width() {
        return right() - left();
    }

    float bodyTop() {
        return setup.height() - setup.margin() - HEADER_SPACE;
    }

    float bodyBottom() {
        return setup.margin() + FOOTER_SPACE;
    }

    /** Where the next thing goes: the top of the space left on the page. */
    float cursor() {
        return cursor;
    }

    void moveDown(float by) {
        cursor -= by;
    }

    float spaceLeft() {
        return cursor - bodyBottom();
    }

    void newPage() {
        closeStream();
        PDPage page = new PDPage(new PDRectangle(setup.width(), setup.height()));
        document.addPage(page);
        pages.add(page);
        try {
            stream = new PDPageContentStream(document, page);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        cursor = bodyTop();
    }

    /** Starts a new page unless {@code height} fits below the cursor; true when it started one. */
    boolean ensure(float height) {
        if (stream == null || height > spaceLeft()) {
            newPage();
            return true;
        }
        return false;
    }

    // ---- primitives

    /**
     * The width of the text as drawn, summed from each character's advance (PDF draws without kerning), with
     * the advances kept per font: wrapping tries many candidate lines, and encoding each anew was most of the
     * time a large report took.
     */
    float textWidth(PDFont font, float size, String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        java.util.Map<Integer, Float> widths = advances.computeIfAbsent(font, f -> new java.util.HashMap<>());
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int code = text.codePointAt(i);
            i += Character.charCount(code);
            Float width = widths.get(code);
            if (width == null) {
                width = advance(font, code);
                widths.put(code, width);
            }
            units += width;
        }
        return units / 1000 * size;
    }

    private static float advance(PDFont font, int code) {
        try {
            return font.getStringWidth(clean(font, Character.toString(code)));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    void text(PDFont font, float size, ReportColour colour, float x, float baseline, String text) {
        String shown = clean(font, text);
        if (shown.isEmpty()) {
            return;
        }
        try {
            stream.beginText();
            stream.setFont(font, size);
            stream.setNonStrokingColor(colour.red(), colour.green(), colour.blue());
            stream.newLineAtOffset(x, baseline);
            stream.showText(shown);
            stream.endText();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    void textRight(PDFont font, float size, ReportColour colour, float rightEdge, float baseline, String text) {
        text(font, size, colour, rightEdge - textWidth(font, size, text), baseline, text);
    }

    void textCentred(PDFont font, float size, ReportColour colour, float centre, float baseline, String text) {
        text(font, size, colour, centre - textWidth(font, size, text) / 2, baseline, text);
    }

    void fill(ReportColour colour, float x, float y, float width, float height) {
        try {
            stream.setNonStrokingColor(colour.red(), colour.green(), colour.blue());
            stream.addRect(x, y, width, height);
            stream.fill();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    void line(ReportColour colour, float width, float x1, float y1, float x2, float y2) {
        try {
            stream.setStrokingColor(colour.red(), colour.green(), colour.blue());
            stream.setLineWidth(width);
            stream.moveTo(x1, y1);
            stream.lineTo(x2, y2);
            stream.stroke();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    void dashedLine(ReportColour colour, float width, float x1, float y1, float x2, float y2) {
        try {
            stream.setLineDashPattern(new float[]{2, 2}, 0);
            line(colour, width, x1, y1, x2, y2);
            stream.setLineDashPattern(new float[0], 0);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** A diamond centred on (x, y), {@code radius} from centre to tip; filled, or outlined when hollow. */
    void diamond(ReportColour colour, float x, float y, float radius, boolean hollow) {
        try {
            stream.moveTo(x, y + radius);
            stream.lineTo(x + radius, y);
            stream.lineTo(x, y - radius);
            stream.lineTo(x - radius, y);
            stream.closePath();
            if (hollow) {
                stream.setStrokingColor(colour.red(), colour.green(), colour.blue());
                stream.setLineWidth(0.8f);
                stream.stroke();
            } else {
                stream.setNonStrokingColor(colour.red(), colour.green(), colour.blue());
                stream.fill();
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Breaks the text into lines no wider than {@code width}, at spaces where it can, inside a word where not. */
    List<String> wrap(PDFont font, float size, String text, float width) {
        List<String> lines = new ArrayList<>();
        String rest = text == null ? "" : BLANKS.matcher(text.strip()).replaceAll(" ");
        if (rest.isEmpty()) {
            lines.add("");
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : rest.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (textWidth(font, size, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String remaining = word;
            while (textWidth(font, size, remaining) > width && remaining.length() > 1) {
                int fit = remaining.length() - 1;
                while (fit > 1 && textWidth(font, size, remaining.substring(0, fit)) > width) {
                    fit--;
                }
                lines.add(remaining.substring(0, fit));
                remaining = remaining.substring(fit);
            }
            line.append(remaining);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text cut to {@code width} with an ellipsis when it is longer. */
    String fit(PDFont font, float size, String text, float width) {
        if (textWidth(font, size, text) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && textWidth(font, size, cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }

    /** Whitespace as plain spaces, and any character the font has no glyph for as a question mark. */
    static String clean(PDFont font, String text) {
        if (text == null) {
            return "";
        }
        String flat = BLANKS.matcher(text).replaceAll(" ");
        try {
            font.encode(flat);
            return flat;
        } catch (IOException | IllegalArgumentException unencodable) {
            StringBuilder shown = new StringBuilder(flat.length());
            flat.codePoints().forEach(code -> {
                String one = Character.toString(code);
                try {
                    font.encode(one);
                    shown.append(one);
                } catch (IOException | IllegalArgumentException missing) {
                    shown.append('?');
                }
            });
            return shown.toString();
        }
    }

    /** Appends to a finished page (headers and footers, once the number of pages is known). */
    void onPage(int index, java.util.function.Consumer<PdfPages> drawing) {
        closeStream();
        try {
            stream = new PDPageContentStream(document, pages.get(index), PDPageContentStream.AppendMode.APPEND, true,
                    true);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        drawing.accept(this);
        closeStream();
    }

    private void closeStream() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
            stream = null;
        }
    }

    @Override
    public void close() {
        closeStream();
    }
}
