package org.coplan.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A ruled table that flows down the pages: column widths by weight across the body, cells that wrap, and on
 * every new page what came before it repeated (the caller's "continued" title, then the header row), so a
 * table split across pages reads on its own on each.
 */
final class PdfTable {

    static final int MAX_LINES = 16;
    private static final float PAD = 2.6f;

    /**
     * A column: its heading, its share of the width, whether its values sit on the right (numbers) and whether
     * a value is never broken (dates, numbers, a status).
     */
    record Column(String title, float weight, boolean alignRight, boolean keepWhole) {
    }

    /**
     * A cell's text, a coloured square before it (a status), bold or not, and a smaller grey line under it
     * (the roadmap a milestone comes from); marker and note may be {@code null}.
     */
    record Cell(String text, ReportColour marker, boolean bold, String note) {
        static Cell of(String text) {
            return new Cell(text, null, false, null);
        }
    }

    private final PdfPages pages;
    private final List<Column> columns;
    private final float size;
    private final Runnable continued;
    private final float[] widths;
    private int rowsOnPage;

    /**
     * @param continued draws what comes above the header on a page the table continues on
     */
    /**
     * @param rows      every row the table will hold, so that no column is narrower than its longest word (or
     *                  its longest value, where values are kept whole) and its heading's
     * @param continued draws what comes above the header on a page the table continues on
     */
    PdfTable(PdfPages pages, List<Column> columns, float size, List<List<Cell>> rows, Runnable continued) {
        this.pages = pages;
        this.columns = List.copyOf(columns);
        this.size = size;
        this.continued = continued;
        this.widths = widths(minimumWidths(rows));
    }

    private PdfTable(PdfTable model, Runnable continued) {
        this.pages = model.pages;
        this.columns = model.columns;
        this.size = model.size;
        this.continued = continued;
        this.widths = model.widths;
    }

    /** A table with the same columns and widths, for another group, so every group's columns line up. */
    PdfTable continuingWith(Runnable newContinued) {
        return new PdfTable(this, newContinued);
    }

    private float[] minimumWidths(List<List<Cell>> rows) {
        float[] least = new float[columns.size()];
        for (int i = 0; i < least.length; i++) {
            least[i] = longestWord(pages.fonts().bold(), columns.get(i).title(), false);
        }
        for (List<Cell> row : rows) {
            for (int i = 0; i < least.length; i++) {
                Cell cell = row.get(i);
                PDFont font = cell.bold() ? pages.fonts().bold() : pages.fonts().regular();
                float marker = cell.marker() != null ? size : 0;
                least[i] = Math.max(least[i], longestWord(font, cell.text(), columns.get(i).keepWhole()) + marker);
            }
        }
        for (int i = 0; i < least.length; i++) {
            // a freak long word may break rather than crowd out the other columns
            least[i] = Math.min(least[i] + 2 * PAD + 0.5f, pages.width() * 0.3f);
        }
        return least;
    }

    private float longestWord(PDFont font, String text, boolean whole) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        if (whole) {
            return pages.textWidth(font, size, text.strip());
        }
        float longest = 0;
        for (String word : text.strip().split("\\s+")) {
            longest = Math.max(longest, pages.textWidth(font, size, word));
        }
        return longest;
    }

    /** Shares of the width by weight, except that a column below its minimum gets that and the rest share the remainder. */
    private float[] widths(float[] least) {
        int n = columns.size();
        float[] result = new float[n];
        boolean[] fixed = new boolean[n];
        boolean changed = true;
        while (changed) {
            changed = false;
            float room = pages.width();
            float weights = 0;
            for (int i = 0; i < n; i++) {
                if (fixed[i]) {
                    room -= least[i];
                } else {
                    weights += columns.get(i).weight();
                }
            }
            for (int i = 0; i < n; i++) {
                result[i] = fixed[i] ? least[i] : Math.max(0, room) * columns.get(i).weight() / weights;
            }
            for (int i = 0; i < n; i++) {
                if (!fixed[i] && result[i] < least[i]) {
                    fixed[i] = true;
                    changed = true;
                }
            }
            if (weights == 0) {
                break;
            }
        }
        float sum = 0;
        for (float width : result) {
            sum += width;
        }
        // minimums wider than the page: everything shrinks in proportion, and long values break
        if (sum > pages.width()) {
            for (int i = 0; i < n; i++) {
                result[i] *= pages.width() / sum;
            }
        }
        return result;
    }

    private float lineHeight() {
        return size * 1.22f;
    }

    private float noteSize() {
        return size - 1.2f;
    }

    /** The header row, at the cursor. */
    void header() {
        PDFont bold = pages.fonts().bold();
        List<List<String>> lines = new ArrayList<>();
        int most = 1;
        for (int i = 0; i < columns.size(); i++) {
            List<String> wrapped = pages.wrap(bold, size, columns.get(i).title(), widths[i] - 2 * PAD);
            lines.add(wrapped);
            most = Math.max(most, wrapped.size());
        }
        float height = most * lineHeight() + 2 * PAD;
        float top = pages.cursor();
        pages.fill(ReportColour.HEADER_FILL, pages.left(), top - height, pages.width(), height);
        float x = pages.left();
        for (int i = 0; i < columns.size(); i++) {
            float baseline = top - PAD - size;
            for (String line : lines.get(i)) {
                if (columns.get(i).alignRight()) {
                    pages.textRight(bold, size, ReportColour.TEXT, x + widths[i] - PAD, baseline, line);
                } else {
                    pages.text(bold, size, ReportColour.TEXT, x + PAD, baseline, line);
                }
                baseline -= lineHeight();
            }
            x += widths[i];
        }
        grid(top, height);
        pages.line(ReportColour.RULE, 0.8f, pages.left(), top - height, pages.right(), top - height);
        pages.line(ReportColour.RULE, 0.8f, pages.left(), top, pages.right(), top);
        pages.moveDown(height);
        rowsOnPage = 0;
    }

    /** The height of the header row, to keep a group's title with its header and first row. */
    float headerHeight() {
        int most = 1;
        for (int i = 0; i < columns.size(); i++) {
            most = Math.max(most, pages.wrap(pages.fonts().bold(), size, columns.get(i).title(),
                    widths[i] - 2 * PAD).size());
        }
        return most * lineHeight() + 2 * PAD;
    }

    /** The height a row would take. */
    float height(List<Cell> cells) {
        return layout(cells).height;
    }

    private record Layout(List<List<String>> lines, List<List<String>> notes, float height) {
    }

    private Layout layout(List<Cell> cells) {
        List<List<String>> lines = new ArrayList<>();
        List<List<String>> notes = new ArrayList<>();
        float tallest = 0;
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = cells.get(i);
            float room = widths[i] - 2 * PAD - (cell.marker() != null ? size : 0);
            PDFont font = cell.bold() ? pages.fonts().bold() : pages.fonts().regular();
            List<String> wrapped = capped(pages.wrap(font, size, cell.text(), room));
            List<String> note = cell.note() == null || cell.note().isBlank() ? List.of()
                    : capped(pages.wrap(pages.fonts().regular(), noteSize(), cell.note(), room));
            lines.add(wrapped);
            notes.add(note);
            tallest = Math.max(tallest, wrapped.size() * lineHeight() + note.size() * noteSize() * 1.2f);
        }
        return new Layout(lines, notes, tallest + 2 * PAD);
    }

    private static List<String> capped(List<String> lines) {
        if (lines.size() <= MAX_LINES) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, MAX_LINES));
        kept.set(MAX_LINES - 1, kept.get(MAX_LINES - 1) + "…");
        return kept;
    }

    /** One row at the cursor; on a new page first the continued title and the header. */
    void row(List<Cell> cells) {
        Layout layout = layout(cells);
        if (layout.height > pages.spaceLeft()) {
            pages.newPage();
            continued.run();
            header();
        }
        float top = pages.cursor();
        if (rowsOnPage % 2 == 1) {
            pages.fill(ReportColour.BAND, pages.left(), top - layout.height, pages.width(), layout.height);
        }
        float x = pages.left();
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = cells.get(i);
            PDFont font = cell.bold() ? pages.fonts().bold() : pages.fonts().regular();
            float textX = x + PAD;
            float baseline = top - PAD - size;
            if (cell.marker() != null) {
                float box = size * 0.62f;
                pages.fill(cell.marker(), textX, baseline, box, box);
                textX += size;
            }
            for (String line : layout.lines.get(i)) {
                if (columns.get(i).alignRight()) {
                    pages.textRight(font, size, ReportColour.TEXT, x + widths[i] - PAD, baseline, line);
                } else {
                    pages.text(font, size, ReportColour.TEXT, textX, baseline, line);
                }
                baseline -= lineHeight();
            }
            baseline += lineHeight();
            for (String note : layout.notes.get(i)) {
                baseline -= noteSize() * 1.2f;
                pages.text(pages.fonts().regular(), noteSize(), ReportColour.MUTED, textX, baseline, note);
            }
            x += widths[i];
        }
        grid(top, layout.height);
        pages.line(ReportColour.GRID, 0.4f, pages.left(), top - layout.height, pages.right(), top - layout.height);
        pages.moveDown(layout.height);
        rowsOnPage++;
    }

    private void grid(float top, float height) {
        float x = pages.left();
        pages.line(ReportColour.GRID, 0.4f, x, top, x, top - height);
        for (float width : widths) {
            x += width;
            pages.line(ReportColour.GRID, 0.4f, x, top, x, top - height);
        }
    }
}
