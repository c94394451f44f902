package org.coplan.gantt.skin;

import java.util.HashSet;
import java.util.List;
import javafx.event.EventHandler;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.input.ScrollEvent;
import org.coplan.gantt.GanttBar;
import org.coplan.gantt.GanttChart;
import org.coplan.gantt.GanttHit;
import org.coplan.gantt.GanttModel;
import org.coplan.gantt.GanttStyles;

/**
 * Draws a {@link GanttChart} on two canvases, the timeline header and one viewport-sized canvas for the rows
 * (see docs/decisions/0007-gantt-rendering.md), with a horizontal scroll bar for time below. Whatever
 * changes, it only marks itself dirty and asks for a layout, so a burst of changes costs one paint per pulse.
 * The scene graph is these three nodes whatever the size of the plan.
 */
public class GanttChartSkin extends SkinBase<GanttChart> {

    private static final double WHEEL_ZOOM = 1.25;
    private static final int SCROLL_MARGIN_DAYS = 60;

    private final Canvas header = new Canvas();
    private final Canvas body = new Canvas();
    private final ScrollBar timeBar = new ScrollBar();
    private final TextMeasure measure = new TextMeasure();
    private final HeaderPainter headerPainter = new HeaderPainter(measure);
    private final BodyPainter bodyPainter = new BodyPainter(measure);
    private final GanttEditController editController;
    private final EventHandler<ScrollEvent> wheel = this::scrolled;

    private List<BodyPainter.DrawnLink> drawnLinks = List.of();
    private DragPreview preview;
    private boolean dirty = true;
    private boolean updatingTimeBar;
    private long paints;

    public GanttChartSkin(GanttChart chart) {
        super(chart);
        header.getStyleClass().add(GanttStyles.HEADER);
        body.getStyleClass().add(GanttStyles.BODY);
        timeBar.setOrientation(Orientation.HORIZONTAL);
        timeBar.setFocusTraversable(false);
        getChildren().setAll(body, header, timeBar);

        registerChangeListener(chart.modelProperty(), observable -> redraw());
        registerChangeListener(chart.dayWidthProperty(), observable -> redraw());
        registerChangeListener(chart.originDayProperty(), observable -> redraw());
        registerChangeListener(chart.verticalOffsetProperty(), observable -> redraw());
        registerChangeListener(chart.rowHeightProperty(), observable -> redraw());
        registerChangeListener(chart.headerHeightProperty(), observable -> redraw());
        registerChangeListener(chart.todayProperty(), observable -> redraw());
        registerChangeListener(chart.statusDateProperty(), observable -> redraw());
        registerChangeListener(chart.showCriticalProperty(), observable -> redraw());
        registerChangeListener(chart.showBaselineProperty(), observable -> redraw());
        registerChangeListener(chart.showLinksProperty(), observable -> redraw());
        registerChangeListener(chart.showSlackProperty(), observable -> redraw());
        registerChangeListener(chart.colourCategoryProperty(), observable -> redraw());
        registerChangeListener(chart.slackFillProperty(), observable -> redraw());
        registerChangeListener(chart.laneFillProperty(), observable -> redraw());
        for (int i = 0; i < GanttChart.CATEGORY_COUNT; i++) {
            registerChangeListener(chart.categoryFillProperty(i), observable -> redraw());
        }
        registerChangeListener(chart.calendarProperty(), observable -> redraw());
        registerChangeListener(chart.labelsProperty(), observable -> redraw());
        registerChangeListener(chart.revisionProperty(), observable -> redraw());
        registerChangeListener(chart.fontProperty(), observable -> redraw());
        for (var colour : List.of(chart.backgroundFillProperty(), chart.barFillProperty(), chart.barStrokeProperty(),
                chart.progressFillProperty(), chart.criticalFillProperty(), chart.criticalStrokeProperty(),
                chart.summaryFillProperty(), chart.milestoneFillProperty(), chart.baselineFillProperty(),
                chart.linkStrokeProperty(), chart.gridStrokeProperty(), chart.nonWorkingFillProperty(),
                chart.selectionFillProperty(), chart.todayStrokeProperty(), chart.statusDateStrokeProperty(),
                chart.textFillProperty(), chart.mutedTextFillProperty(), chart.headerFillProperty(),
                chart.headerStrokeProperty())) {
            registerChangeListener(colour, observable -> redraw());
        }
        registerListChangeListener(chart.getSelectedKeys(), change -> redraw());
        registerChangeListener(timeBar.valueProperty(), observable -> {
            if (!updatingTimeBar) {
                chart.setOriginDay(timeBar.getValue());
            }
        });
        chart.addEventHandler(ScrollEvent.SCROLL, wheel);
        editController = new GanttEditController(chart, this, body);
    }

    @Override
    public void dispose() {
        getSkinnable().removeEventHandler(ScrollEvent.SCROLL, wheel);
        editController.dispose();
        super.dispose();
    }

    /** Marks the chart for painting at the next pulse. */
    void redraw() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    void setPreview(DragPreview next) {
        preview = next;
        redraw();
    }

    /** How many times the rows were painted, for tests that check painting is coalesced. */
    public long paintCount() {
        return paints;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        GanttChart chart = getSkinnable();
        double headerHeight = snapSizeY(chart.getHeaderHeight());
        double barHeight = snapSizeY(timeBar.prefHeight(-1));
        double bodyHeight = Math.max(0, h - headerHeight - barHeight);
        header.relocate(x, y);
        body.relocate(x, y + headerHeight);
        timeBar.resizeRelocate(x, y + h - barHeight, w, barHeight);
        if (header.getWidth() != w || header.getHeight() != headerHeight || body.getWidth() != w
                || body.getHeight() != bodyHeight) {
            header.setWidth(w);
            header.setHeight(headerHeight);
            body.setWidth(w);
            body.setHeight(bodyHeight);
            dirty = true;
        }
        if (dirty) {
            dirty = false;
            paint();
        }
    }

    private void paint() {
        GanttChart chart = getSkinnable();
        paints++;
        Palette palette = Palette.of(chart);
        headerPainter.paint(header.getGraphicsContext2D(), header.getWidth(), header.getHeight(), chart.scale(),
                chart.getZoom(), chart.getLabels(), chart.getToday(), palette);
        BodyPainter.Settings settings = new BodyPainter.Settings(chart.getModel(), chart.getZoom(),
                chart.isShowCritical(), chart.isShowBaseline(), chart.isShowLinks(),
                new HashSet<>(chart.getSelectedKeys()), chart.getCalendar(), chart.getLabels(), chart.getToday(),
                chart.getStatusDate(), preview, chart.isShowSlack(), chart.getColourCategory());
        drawnLinks = bodyPainter.paint(body.getGraphicsContext2D(), body.getWidth(), body.getHeight(), layout(),
                settings, palette);
        updateTimeBar();
    }

    private void updateTimeBar() {
        GanttChart chart = getSkinnable();
        GanttModel model = chart.getModel();
        double visibleDays = body.getWidth() / chart.getDayWidth();
        double origin = chart.getOriginDay();
        double first = model.firstDay() == null ? origin : model.firstDay().toEpochDay() - SCROLL_MARGIN_DAYS;
        double last = model.lastDay() == null ? origin + visibleDays
                : model.lastDay().toEpochDay() + SCROLL_MARGIN_DAYS;
        updatingTimeBar = true;
        try {
            timeBar.setMin(Math.min(first, origin));
            timeBar.setMax(Math.max(last - visibleDays, origin));
            timeBar.setVisibleAmount(visibleDays);
            timeBar.setUnitIncrement(Math.max(1, 20 / chart.getDayWidth()));
            timeBar.setBlockIncrement(visibleDays * 0.8);
            timeBar.setValue(origin);
        } finally {
            updatingTimeBar = false;
        }
    }

    ChartLayout layout() {
        GanttChart chart = getSkinnable();
        return new ChartLayout(chart.scale(), chart.getRowHeight(), chart.getVerticalOffset(),
                chart.isShowBaseline());
    }

    double bodyHeight() {
        return body.getHeight();
    }

    /** What lies at {@code (x, y)} in the chart's coordinates. */
    public GanttHit hitTest(double x, double y) {
        return hitBody(x, y - body.getLayoutY());
    }

    /** What lies at {@code (x, y)} in the body canvas's coordinates. */
    GanttHit hitBody(double x, double y) {
        GanttChart chart = getSkinnable();
        ChartLayout layout = layout();
        GanttModel model = chart.getModel();
        int row = layout.rowAt(y);
        java.time.LocalDate day = layout.scale().dateAt(x);
        if (y < 0 || row < 0 || row >= model.rowCount()) {
            return new GanttHit(-1, null, GanttHit.Zone.NONE, null, day);
        }
        GanttBar bar = model.bar(row);
        GanttHit.Zone zone = bar == null ? GanttHit.Zone.NONE : BarZones.zone(bar, layout.barBox(bar, row), x, y);
        if (zone == GanttHit.Zone.NONE) {
            for (BodyPainter.DrawnLink drawn : drawnLinks) {
                if (drawn.route().near(x, y, 3)) {
                    return new GanttHit(row, bar, zone, drawn.link(), day);
                }
            }
        }
        return new GanttHit(row, bar, zone, null, day);
    }

    private void scrolled(ScrollEvent event) {
        GanttChart chart = getSkinnable();
        if (event.isControlDown()) {
            if (event.getDeltaY() != 0) {
                chart.zoomBy(event.getDeltaY() > 0 ? WHEEL_ZOOM : 1 / WHEEL_ZOOM, event.getX());
            }
        } else if (event.isShiftDown() || Math.abs(event.getDeltaX()) > Math.abs(event.getDeltaY())) {
            double pixels = event.isShiftDown() && event.getDeltaX() == 0 ? event.getDeltaY() : event.getDeltaX();
            chart.setOriginDay(chart.getOriginDay() - pixels / chart.getDayWidth());
        } else {
            double rows = chart.getModel().rowCount() * chart.getRowHeight();
            double max = Math.max(0, rows - body.getHeight());
            chart.setVerticalOffset(Math.clamp(chart.getVerticalOffset() - event.getDeltaY(), 0, max));
        }
        event.consume();
    }
}
