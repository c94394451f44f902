package org.coplan.gantt.skin;

import java.util.Set;
import javafx.scene.canvas.GraphicsContext;
import org.coplan.gantt.GanttChart;
import org.coplan.gantt.TimelineScale;

/**
 * Paints any piece of a chart's whole picture (its header above its rows, as wide as a date range and as tall
 * as a row range) with the painters the skin uses, so that a printed chart looks like the one on screen:
 * the same colours, font, zoom and toggles (critical path, baselines, links). The selection and a drag in
 * progress belong to the screen and are left out. Used by {@link org.coplan.gantt.GanttImageRenderer}.
 */
public final class ChartPicturePainter {

    private final GanttChart chart;
    private final TextMeasure measure = new TextMeasure();
    private final HeaderPainter headerPainter = new HeaderPainter(measure);
    private final BodyPainter bodyPainter = new BodyPainter(measure);

    public ChartPicturePainter(GanttChart chart) {
        this.chart = chart;
    }

    /**
     * Paints the piece {@code width} × {@code height} whose top-left corner lies at ({@code left}, {@code top})
     * in a picture {@code pictureWidth} wide, at (0, 0) of {@code gc}. The picture has a header
     * {@code headerHeight} tall (0 for none), and below it the rows from {@code firstRow} on; {@code scale}
     * places the piece's left edge.
     */
    public void paint(GraphicsContext gc, TimelineScale scale, double left, double top, double width, double height,
                      double pictureWidth, double headerHeight, int firstRow) {
        Palette palette = Palette.of(chart);
        double bodyTop = Math.max(0, headerHeight - top);
        if (bodyTop < height) {
            ChartLayout layout = new ChartLayout(scale, chart.getRowHeight(),
                    firstRow * chart.getRowHeight() + Math.max(0, top - headerHeight), chart.isShowBaseline());
            BodyPainter.Settings settings = new BodyPainter.Settings(chart.getModel(), chart.getZoom(),
                    chart.isShowCritical(), chart.isShowBaseline(), chart.isShowLinks(), Set.of(), chart.getCalendar(),
                    chart.getLabels(), chart.getToday(), chart.getStatusDate(), null, chart.isShowSlack(),
                    chart.getColourCategory());
            gc.save();
            gc.translate(0, bodyTop);
            bodyPainter.paint(gc, width, height - bodyTop, layout, settings, palette, -left, pictureWidth - left);
            gc.restore();
        }
        if (bodyTop > 0) {
            // painted after the rows: an arrow to a row above the first one ends under the header, as on screen
            gc.save();
            gc.beginPath();
            gc.rect(0, 0, width, bodyTop);
            gc.clip();
            gc.translate(0, -top);
            headerPainter.paint(gc, width, headerHeight, scale, chart.getZoom(), chart.getLabels(), chart.getToday(),
                    palette, -left, pictureWidth - left);
            gc.restore();
        }
    }
}
