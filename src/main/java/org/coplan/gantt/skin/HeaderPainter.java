package org.coplan.gantt.skin;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import org.coplan.gantt.GanttZoom;
import org.coplan.gantt.TimelineLabels;
import org.coplan.gantt.TimelineScale;
import org.coplan.gantt.TimelineUnit;

/**
 * Draws the two-tier timeline header: the upper tier's labels stay at the left edge while their cell is
 * partly scrolled away (so "March 2025" stays readable), the lower tier's are centred in their cells.
 */
final class HeaderPainter {

    private static final double PAD = 3;

    private final TextMeasure measure;

    HeaderPainter(TextMeasure measure) {
        this.measure = measure;
    }

    void paint(GraphicsContext gc, double width, double height, TimelineScale scale, GanttZoom zoom,
               TimelineLabels labels, LocalDate today, Palette palette) {
        paint(gc, width, height, scale, zoom, labels, today, palette, 0, width);
    }

    /**
     * Paints the header of a piece of a wider picture that spans {@code pictureLeft} to {@code pictureRight}
     * in this canvas's coordinates: labels keep to the picture's edges, not the piece's, and the lower tier
     * takes the form that fits the whole picture, so pieces painted side by side make one header.
     */
    void paint(GraphicsContext gc, double width, double height, TimelineScale scale, GanttZoom zoom,
               TimelineLabels labels, LocalDate today, Palette palette, double pictureLeft, double pictureRight) {
        gc.setFill(palette.background());
        gc.fillRect(0, 0, width, height);
        gc.setFill(palette.headerFill());
        gc.fillRect(0, 0, width, height);
        double middle = Math.round(height / 2);
        LocalDate first = scale.dateAt(0);
        LocalDate last = scale.dateAt(width);
        Span span = new Span(first, last, pictureLeft, scale.dateAt(pictureLeft), scale.dateAt(pictureRight));
        tier(gc, scale, zoom.upper(), span, 0, middle, labels, true, palette, palette.boldFont());
        tier(gc, scale, zoom.lower(), span, middle, height, labels, false, palette, palette.font());
        // whole-pixel rectangles rather than stroked lines: the same pixels, far cheaper on the software pipeline
        gc.setFill(palette.headerStroke());
        gc.fillRect(0, middle, width, 1);
        gc.fillRect(0, Math.ceil(height) - 1, width, 1);
        if (today != null) {
            double x = scale.x(today) + scale.dayWidth() / 2;
            if (x >= -4 && x <= width + 4) {
                gc.setFill(palette.todayStroke());
                gc.fillPolygon(new double[] {x - 4, x + 4, x}, new double[] {height - 5, height - 5, height - 1}, 3);
            }
        }
    }

    /** The days the canvas shows, and the left edge and days of the whole picture it is part of. */
    private record Span(LocalDate first, LocalDate last, double left, LocalDate pictureFirst, LocalDate pictureLast) {
    }

    private void tier(GraphicsContext gc, TimelineScale scale, TimelineUnit unit, Span span, double top,
                      double bottom, TimelineLabels labels, boolean upper, Palette palette, Font font) {
        LocalDate first = span.first();
        LocalDate last = span.last();
        gc.setFont(font);
        double ascent = measure.ascent(font);
        double baseline = Math.round(top + (bottom - top + ascent) / 2 - 1);
        // the lower tier uses one form for all its cells ("10 11 12", never "10 T 12"): the longest that fits all
        int form = upper ? 0 : commonForm(scale, unit, span.pictureFirst(), span.pictureLast(), labels, font);
        for (LocalDate cell = unit.floor(first); !cell.isAfter(last); cell = unit.next(cell)) {
            double x0 = scale.x(cell);
            double x1 = scale.x(unit.next(cell));
            gc.setFill(palette.headerStroke());
            gc.fillRect(Math.round(x0), top, 1, bottom - top);
            List<String> texts = labels.cell(unit, cell, upper);
            double room = (upper ? x1 - Math.max(span.left(), x0) : x1 - x0) - 2 * PAD;
            String text = upper ? fitting(texts, room, font)
                    : form < texts.size() && measure.width(texts.get(form), font) <= room ? texts.get(form) : null;
            if (text == null) {
                continue;
            }
            double textWidth = measure.width(text, font);
            double x = upper ? Math.max(x0, span.left()) + PAD : x0 + (x1 - x0 - textWidth) / 2;
            if (!upper && x < span.left() + PAD) {
                // a cell cut by the left edge: its label moves into the visible part, or is left out
                x = span.left() + PAD;
                if (x + textWidth > x1 - PAD) {
                    continue;
                }
            }
            gc.setFill(upper ? palette.textFill() : palette.mutedTextFill());
            gc.fillText(text, Math.round(x), baseline);
        }
    }

    private int commonForm(TimelineScale scale, TimelineUnit unit, LocalDate first, LocalDate last,
                           TimelineLabels labels, Font font) {
        int form = 0;
        for (LocalDate cell = unit.floor(first); !cell.isAfter(last); cell = unit.next(cell)) {
            double room = scale.x(unit.next(cell)) - scale.x(cell) - 2 * PAD;
            List<String> texts = labels.cell(unit, cell, false);
            while (form < texts.size() && measure.width(texts.get(form), font) > room) {
                form++;
            }
        }
        return form;
    }

    private String fitting(List<String> texts, double room, Font font) {
        for (String text : texts) {
            if (measure.width(text, font) <= room) {
                return text;
            }
        }
        return null;
    }
}
