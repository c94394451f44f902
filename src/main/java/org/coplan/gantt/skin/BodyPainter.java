package org.coplan.gantt.skin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import org.coplan.gantt.GanttBar;
import org.coplan.gantt.GanttChart;
import org.coplan.gantt.GanttLane;
import org.coplan.gantt.GanttLink;
import org.coplan.gantt.GanttModel;
import org.coplan.gantt.GanttZoom;
import org.coplan.gantt.TimelineLabels;
import org.coplan.gantt.TimelineScale;
import org.coplan.scheduling.WorkingTime;

/**
 * Draws the visible rows into the body canvas, in layers as FlexGanttFX does: background (selection, non-working
 * days, grid), then baselines and arrows, then the bars through their {@link BarRenderer}s and their labels,
 * then the today and status-date lines and the drag preview. Only rows and days on screen are visited.
 */
final class BodyPainter {

    /** What the painter needs to know of the chart's settings for one paint. */
    record Settings(GanttModel model, GanttZoom zoom, boolean showCritical, boolean showBaseline, boolean showLinks,
                    Set<Object> selected, Function<GanttBar, WorkingTime> calendar, TimelineLabels labels,
                    LocalDate today, LocalDate statusDate, DragPreview preview, boolean showSlack,
                    ToIntFunction<GanttBar> category) {
    }

    /** An arrow as drawn, kept for hit-testing. */
    record DrawnLink(GanttLink link, ArrowRouter.Route route) {
    }

    private static final double LABEL_GAP = 10;
    private static final double ARROW = 5;
    private static final double LANE_INSET = 8;
    private static final double SLACK_HEIGHT = 3;
    private static final double DASH = 6;
    private static final double DASH_PERIOD = 10;

    private final TextMeasure measure;

    BodyPainter(TextMeasure measure) {
        this.measure = measure;
    }

    List<DrawnLink> paint(GraphicsContext gc, double width, double height, ChartLayout layout, Settings settings,
                          Palette palette) {
        return paint(gc, width, height, layout, settings, palette, 0, width);
    }

    /**
     * Paints a part of a larger picture (a tile): labels keep to the picture's edges, {@code pictureLeft} and
     * {@code pictureRight} in this canvas's coordinates, not to the tile's, so that tiles put side by side
     * show what one picture would.
     */
    List<DrawnLink> paint(GraphicsContext gc, double width, double height, ChartLayout layout, Settings settings,
                          Palette palette, double pictureLeft, double pictureRight) {
        GanttModel model = settings.model();
        gc.setFill(palette.background());
        gc.fillRect(0, 0, width, height);
        int first = layout.firstVisibleRow();
        int last = layout.lastVisibleRow(height, model.rowCount());
        List<GanttBar> bars = new ArrayList<>(Math.max(0, last - first + 1));
        for (int row = first; row <= last; row++) {
            bars.add(model.bar(row));
        }
        selection(gc, width, layout, first, bars, settings, palette);
        if (settings.zoom().showsNonWorkingDays()) {
            nonWorkingDays(gc, width, layout, first, bars, settings, palette);
        }
        grid(gc, width, height, layout, first, bars.size(), settings.zoom(), palette);
        lanes(gc, width, pictureLeft, pictureRight, layout, first, bars.size(), model, palette);
        if (settings.showBaseline()) {
            baselines(gc, layout, first, bars, palette);
        }
        if (settings.showSlack()) {
            slack(gc, layout, first, bars, model, palette);
        }
        List<DrawnLink> links = settings.showLinks() ? links(gc, layout, first, bars, settings, palette) : List.of();
        for (int i = 0; i < bars.size(); i++) {
            GanttBar bar = bars.get(i);
            if (bar != null) {
                bar(gc, pictureRight, layout, first + i, bar, settings, palette);
            }
        }
        lines(gc, height, layout, settings, palette);
        preview(gc, layout, settings, palette);
        return links;
    }

    private static void selection(GraphicsContext gc, double width, ChartLayout layout, int first,
                                  List<GanttBar> bars, Settings settings, Palette palette) {
        if (settings.selected().isEmpty()) {
            return;
        }
        gc.setFill(palette.selectionFill());
        for (int i = 0; i < bars.size(); i++) {
            GanttBar bar = bars.get(i);
            if (bar != null && settings.selected().contains(bar.key())) {
                gc.fillRect(0, layout.rowTop(first + i), width, layout.rowHeight());
            }
        }
    }

    /** Shades each row's weekends and holidays; neighbouring rows on the same calendar share one rectangle. */
    private static void nonWorkingDays(GraphicsContext gc, double width, ChartLayout layout, int first,
                                       List<GanttBar> bars, Settings settings, Palette palette) {
        TimelineScale scale = layout.scale();
        LocalDate from = scale.dateAt(0);
        LocalDate to = scale.dateAt(width);
        Map<WorkingTime, boolean[]> freeDays = new IdentityHashMap<>();
        gc.setFill(palette.nonWorkingFill());
        int bandStart = 0;
        WorkingTime bandCalendar = null;
        for (int i = 0; i <= bars.size(); i++) {
            WorkingTime calendar = null;
            if (i < bars.size()) {
                GanttBar bar = bars.get(i);
                calendar = bar == null ? WorkingTime.standard() : settings.calendar().apply(bar);
                if (calendar != null && bandCalendar != null && sameCalendar(calendar, bandCalendar, freeDays, from, to)) {
                    continue;
                }
            }
            if (bandCalendar != null) {
                boolean[] free = freeDays.computeIfAbsent(bandCalendar, c -> freeDays(c, from, to));
                double top = layout.rowTop(first + bandStart);
                double bottom = layout.rowTop(first + i);
                for (int d = 0; d < free.length; d++) {
                    if (free[d]) {
                        int run = d;
                        while (run + 1 < free.length && free[run + 1]) {
                            run++;
                        }
                        double x0 = scale.x(from.plusDays(d));
                        double x1 = scale.endX(from.plusDays(run));
                        gc.fillRect(Math.round(x0), top, Math.round(x1) - Math.round(x0), bottom - top);
                        d = run;
                    }
                }
            }
            bandStart = i;
            bandCalendar = calendar;
        }
    }

    private static boolean sameCalendar(WorkingTime a, WorkingTime b, Map<WorkingTime, boolean[]> freeDays,
                                        LocalDate from, LocalDate to) {
        if (a == b) {
            return true;
        }
        boolean[] left = freeDays.computeIfAbsent(a, c -> freeDays(c, from, to));
        boolean[] right = freeDays.computeIfAbsent(b, c -> freeDays(c, from, to));
        return java.util.Arrays.equals(left, right);
    }

    private static boolean[] freeDays(WorkingTime calendar, LocalDate from, LocalDate to) {
        int days = (int) (to.toEpochDay() - from.toEpochDay() + 1);
        boolean[] free = new boolean[Math.max(0, days)];
        for (int d = 0; d < free.length; d++) {
            free[d] = !calendar.isWorkingDay(from.plusDays(d));
        }
        return free;
    }

    /**
     * One-pixel grid lines as filled pixel rectangles, not stroked lines: the same pixels as a line at
     * x + 0.5, but the software pipeline fills a whole-pixel rectangle directly where it would run its
     * antialiasing rasterizer over every stroke, and strokes were most of the time it spent on a frame.
     */
    private static void grid(GraphicsContext gc, double width, double height, ChartLayout layout, int first,
                             int rows, GanttZoom zoom, Palette palette) {
        TimelineScale scale = layout.scale();
        gc.setFill(palette.gridStroke());
        LocalDate last = scale.dateAt(width);
        for (LocalDate cell = zoom.lower().floor(scale.dateAt(0)); !cell.isAfter(last); cell = zoom.lower().next(cell)) {
            gc.fillRect(Math.round(scale.x(cell)), 0, 1, height);
        }
        gc.setGlobalAlpha(0.6);
        for (int i = 0; i < rows; i++) {
            gc.fillRect(0, Math.round(layout.rowTop(first + i + 1)) - 1, width, 1);
        }
        gc.setGlobalAlpha(1);
    }

    /** Swimlane headers: a band across the chart, its label pinned to the left edge so it stays readable. */
    private void lanes(GraphicsContext gc, double width, double pictureLeft, double pictureRight, ChartLayout layout,
                       int first, int rows, GanttModel model, Palette palette) {
        double ascent = measure.ascent(palette.boldFont());
        for (int i = 0; i < rows; i++) {
            GanttLane lane = model.lane(first + i);
            if (lane == null) {
                continue;
            }
            double top = Math.round(layout.rowTop(first + i));
            gc.setFill(palette.laneFill());
            gc.fillRect(0, top, width, layout.rowHeight());
            gc.setStroke(palette.headerStroke());
            gc.setLineWidth(1);
            gc.strokeLine(0, top + 0.5, width, top + 0.5);
            gc.setFont(palette.boldFont());
            gc.setFill(palette.textFill());
            String label = measure.elide(lane.label(), pictureRight - pictureLeft - 2 * LANE_INSET, palette.boldFont());
            gc.fillText(label, pictureLeft + LANE_INSET, Math.round(top + (layout.rowHeight() + ascent) / 2 - 1));
        }
    }

    /** From each bar's finish to its late finish, a thin bar along the bar's bottom edge. */
    private static void slack(GraphicsContext gc, ChartLayout layout, int first, List<GanttBar> bars,
                              GanttModel model, Palette palette) {
        gc.setFill(palette.slackFill());
        for (int i = 0; i < bars.size(); i++) {
            Box slack = slackBox(layout, first + i, bars.get(i), model);
            if (slack != null) {
                gc.fillRect(slack.x0(), slack.y0(), slack.width(), slack.height());
            }
        }
    }

    /** Where the slack bar of {@code bar} is drawn, or null when it has none (or is a summary). */
    private static Box slackBox(ChartLayout layout, int row, GanttBar bar, GanttModel model) {
        if (bar == null || bar.kind() == GanttBar.Kind.SUMMARY) {
            return null;
        }
        LocalDate lateFinish = model.lateFinish(bar.key());
        if (lateFinish == null || !lateFinish.isAfter(bar.finish())) {
            return null;
        }
        Box box = layout.barBox(bar, row);
        double x0 = bar.isMilestone() ? (box.x0() + box.x1()) / 2 : box.x1();
        double x1 = layout.scale().endX(lateFinish);
        return new Box(x0, box.y1() - SLACK_HEIGHT, Math.max(x0 + 1, x1), box.y1());
    }

    private static void baselines(GraphicsContext gc, ChartLayout layout, int first, List<GanttBar> bars,
                                  Palette palette) {
        gc.setFill(palette.baselineFill());
        for (int i = 0; i < bars.size(); i++) {
            GanttBar bar = bars.get(i);
            if (bar != null && bar.hasBaseline()) {
                Box box = layout.baselineBox(bar, first + i);
                if (bar.isMilestone()) {
                    double half = box.height() / 2 + 1;
                    double cx = box.x0();
                    double cy = box.midY();
                    gc.fillPolygon(new double[] {cx, cx + half, cx, cx - half},
                            new double[] {cy - half, cy, cy + half, cy}, 4);
                } else {
                    gc.fillRect(box.x0(), box.y0(), box.width(), box.height());
                }
            }
        }
    }

    private static List<DrawnLink> links(GraphicsContext gc, ChartLayout layout, int first, List<GanttBar> bars,
                                         Settings settings, Palette palette) {
        GanttModel model = settings.model();
        List<DrawnLink> drawn = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        // the rows of the visible bars are known; asking the model for a row can cost a walk of the tree
        Map<Object, Integer> visibleRows = new HashMap<>(bars.size() * 2);
        for (int i = 0; i < bars.size(); i++) {
            if (bars.get(i) != null) {
                visibleRows.putIfAbsent(bars.get(i).key(), first + i);
            }
        }
        gc.setLineWidth(1);
        for (GanttBar visible : bars) {
            if (visible == null) {
                continue;
            }
            for (GanttLink link : model.linksOf(visible.key())) {
                if (!seen.add(link.key())) {
                    continue;
                }
                int fromRow = rowOf(model, visibleRows, link.predecessor());
                int toRow = rowOf(model, visibleRows, link.successor());
                GanttBar from = barAt(model, bars, first, fromRow);
                GanttBar to = barAt(model, bars, first, toRow);
                if (from == null || to == null) {
                    continue;
                }
                ArrowRouter.Route route = ArrowRouter.route(layout.barBox(from, fromRow), layout.barBox(to, toRow),
                        link.type(), layout.rowTop(toRow), layout.rowHeight());
                boolean critical = settings.showCritical() && from.critical() && to.critical();
                Paint stroke = critical ? palette.criticalStroke() : palette.linkStroke();
                arrow(gc, route, stroke);
                drawn.add(new DrawnLink(link, route));
            }
        }
        return drawn;
    }

    private static int rowOf(GanttModel model, Map<Object, Integer> visibleRows, Object key) {
        Integer row = visibleRows.get(key);
        return row != null ? row : model.rowOf(key);
    }

    private static GanttBar barAt(GanttModel model, List<GanttBar> bars, int first, int row) {
        if (row < 0) {
            return null;
        }
        return row >= first && row < first + bars.size() ? bars.get(row - first) : model.bar(row);
    }

    /**
     * Draws a route as one-pixel rectangles, one per segment (routes only run across and down), and its head.
     * As with the grid, filled whole-pixel rectangles cost the software pipeline far less than a stroked
     * polyline, and the pixels are those of a one-pixel line through pixel centres. A route to a row far
     * off screen costs no more: the canvas clips the rectangles.
     */
    private static void arrow(GraphicsContext gc, ArrowRouter.Route route, Paint stroke) {
        int n = route.size();
        double ex = route.xs()[n - 1];
        double direction = Math.signum(route.xs()[n - 1] - route.xs()[n - 2]);
        gc.setFill(stroke);
        double x0 = Math.round(route.xs()[0]);
        double y0 = Math.round(route.ys()[0]);
        for (int i = 1; i < n; i++) {
            double x1 = Math.round(i == n - 1 ? ex - direction * ARROW : route.xs()[i]);
            double y1 = Math.round(route.ys()[i]);
            if (y1 == y0) {
                gc.fillRect(Math.min(x0, x1), y0, Math.abs(x1 - x0) + 1, 1);
            } else if (Math.abs(y1 - y0) > 1) {
                // the corners belong to the horizontal segments, so a translucent colour is not doubled there
                gc.fillRect(x0, Math.min(y0, y1) + 1, 1, Math.abs(y1 - y0) - 1);
            }
            x0 = x1;
            y0 = y1;
        }
        double ey = y0 + 0.5;
        gc.fillPolygon(new double[] {ex, ex - direction * ARROW, ex - direction * ARROW},
                new double[] {ey, ey - ARROW * 0.8, ey + ARROW * 0.8}, 3);
    }

    private void bar(GraphicsContext gc, double labelRight, ChartLayout layout, int row, GanttBar shown,
                     Settings settings, Palette palette) {
        GanttBar bar = shown;
        if (settings.preview() instanceof DragPreview.Progress progress && progress.bar().key().equals(bar.key())) {
            bar = new GanttBar(bar.key(), bar.name(), bar.kind(), bar.start(), bar.finish(), progress.percent(),
                    bar.baselineStart(), bar.baselineFinish(), bar.critical());
        }
        Box box = layout.barBox(bar, row);
        boolean critical = settings.showCritical() && bar.critical();
        BarRenderer.Look category = critical || bar.kind() == GanttBar.Kind.SUMMARY ? null
                : palette.category(settings.category().applyAsInt(bar));
        if (category != null && bar.isMilestone()) {
            // a diamond is too small for a translucent fill to read as its colour
            category = new BarRenderer.Look(category.stroke(), category.stroke(), category.stroke(), false);
        }
        BarRenderer.of(bar.kind()).draw(gc, bar, box, category != null ? category : look(bar, critical, false, palette));
        Box slack = settings.showSlack() ? slackBox(layout, row, bar, settings.model()) : null;
        label(gc, labelRight, layout, row, bar, box, slack == null ? box.x1() : Math.max(box.x1(), slack.x1()), settings,
                palette);
    }

    private static BarRenderer.Look look(GanttBar bar, boolean critical, boolean ghost, Palette palette) {
        return switch (bar.kind()) {
            case ACTIVITY -> critical
                    ? new BarRenderer.Look(palette.criticalFill(), palette.criticalStroke(), palette.criticalStroke(),
                    ghost)
                    : new BarRenderer.Look(palette.barFill(), palette.barStroke(), palette.progressFill(), ghost);
            case SUMMARY -> new BarRenderer.Look(critical ? palette.criticalStroke() : palette.summaryFill(),
                    palette.barStroke(), palette.summaryFill(), ghost);
            case MILESTONE -> new BarRenderer.Look(critical ? palette.criticalStroke() : palette.milestoneFill(),
                    palette.barStroke(), palette.milestoneFill(), ghost);
        };
    }

    /**
     * The name (after its date, for a milestone) beside the bar: right of it, or left of it when it would run
     * off the chart there and fits on the left, or else cut short with an ellipsis; dropped when not even a
     * few letters fit, so that no label runs into the chart's edge or over its neighbour's place.
     */
    private void label(GraphicsContext gc, double labelRight, ChartLayout layout, int row, GanttBar bar, Box box,
                       double after, Settings settings, Palette palette) {
        double baseline = Math.round(layout.rowTop(row) + (layout.rowHeight() + measure.ascent(palette.font())) / 2 - 1);
        Font font = bar.kind() == GanttBar.Kind.SUMMARY ? palette.boldFont() : palette.font();
        String date = bar.isMilestone() ? settings.labels().milestoneDate(bar.start()) : "";
        double dateWidth = date.isEmpty() ? 0 : measure.width(date, palette.font()) + LABEL_GAP;
        double nameWidth = measure.width(bar.name(), font);
        LabelPlacement place = LabelPlacement.beside(after, dateWidth + nameWidth, labelRight, LABEL_GAP,
                dateWidth + measure.width("\u2026", font) * 4);
        if (place == null) {
            return;
        }
        double x = place.x();
        if (!date.isEmpty()) {
            gc.setFont(palette.font());
            gc.setFill(palette.mutedTextFill());
            gc.fillText(date, Math.round(x), baseline);
            x += dateWidth;
        }
        gc.setFont(font);
        gc.setFill(palette.textFill());
        gc.fillText(measure.elide(bar.name(), place.width() - dateWidth, font), Math.round(x), baseline);
    }

    /**
     * The status-date line (dashed) and the today line, as filled rectangles like the grid. The dashes keep
     * their places on the rows, not on the canvas, so that pieces of a printed picture meet without a jump.
     */
    private static void lines(GraphicsContext gc, double height, ChartLayout layout, Settings settings,
                              Palette palette) {
        TimelineScale scale = layout.scale();
        if (settings.statusDate() != null) {
            double x = Math.round(scale.endX(settings.statusDate())) + 0.5;
            gc.setFill(palette.statusDateStroke());
            for (double y = -(layout.verticalOffset() % DASH_PERIOD); y < height; y += DASH_PERIOD) {
                gc.fillRect(x - 0.75, y, 1.5, DASH);
            }
        }
        if (settings.today() != null) {
            double x = Math.round(scale.x(settings.today()) + scale.dayWidth() / 2) + 0.5;
            gc.setFill(palette.todayStroke());
            gc.fillRect(x - 0.75, 0, 1.5, height);
        }
    }

    private static void preview(GraphicsContext gc, ChartLayout layout, Settings settings, Palette palette) {
        DragPreview preview = settings.preview();
        if (preview == null) {
            return;
        }
        GanttModel model = settings.model();
        int row = model.rowOf(preview.bar().key());
        if (row < 0) {
            return;
        }
        switch (preview) {
            case DragPreview.Dates dates -> {
                GanttBar bar = preview.bar();
                Box box = layout.barBox(bar.kind(), dates.start(), dates.finish(), row);
                BarRenderer.of(bar.kind()).draw(gc, bar, box, look(bar, false, true, palette));
            }
            case DragPreview.Progress ignored -> {
                // drawn in place of the bar
            }
            case DragPreview.Link link -> {
                Box from = layout.barBox(link.bar(), row);
                gc.setStroke(palette.barStroke());
                gc.setLineWidth(1.5);
                gc.setLineDashes(4, 3);
                gc.strokeLine(from.x1(), from.midY(), link.toX(), link.toY());
                gc.setLineDashes((double[]) null);
                if (link.target() != null) {
                    int targetRow = model.rowOf(link.target().key());
                    if (targetRow >= 0) {
                        Box to = layout.barBox(link.target(), targetRow);
                        gc.strokeRect(to.x0() - 2.5, to.y0() - 2.5, to.width() + 5, to.height() + 5);
                    }
                }
                gc.setLineWidth(1);
            }
        }
    }
}
