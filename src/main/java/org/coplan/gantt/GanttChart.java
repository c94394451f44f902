package org.coplan.gantt;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import org.coplan.gantt.skin.GanttChartSkin;
import org.coplan.scheduling.WorkingTime;

/**
 * A Gantt chart: a two-tier timeline header over rows of activity bars, summary brackets and milestone
 * diamonds joined by dependency arrows. It draws only the visible rows and days, so its cost does not grow
 * with the plan; rows come from a {@link GanttModel} asked by index.
 *
 * <p>The chart does not scroll its rows by itself in an application that shows them beside a tree: the owner
 * binds {@link #verticalOffsetProperty()} to the tree's scroll position and sets the same
 * {@linkplain #rowHeightProperty() row height}. Mouse edits are reported as {@link GanttEditEvent}s (see
 * {@link GanttEdit}); the chart changes no data itself.
 *
 * <p>Style class {@code gantt-chart}; pseudo-classes {@code :dragging}, {@code :critical}. Colours are
 * styleable properties ({@code -gantt-bar-fill} and so on, see {@code gantt.css}), set from the theme's
 * looked-up colours, because a canvas cannot be styled by CSS itself.
 */
public class GanttChart extends Control {

    private static final StyleablePropertyFactory<GanttChart> STYLES =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());

    private static final double ZOOM_STEP = 1.5;

    /** How many colour categories the style sheet defines ({@code -gantt-category-1} to {@code -8}). */
    public static final int CATEGORY_COUNT = 8;

    private final ObjectProperty<GanttModel> model = new SimpleObjectProperty<>(this, "model", GanttModel.EMPTY);
    private final DoubleProperty dayWidth = new SimpleDoubleProperty(this, "dayWidth", 4);
    private final ReadOnlyObjectWrapper<GanttZoom> zoom =
            new ReadOnlyObjectWrapper<>(this, "zoom", GanttZoom.forDayWidth(4));
    private final ReadOnlyBooleanWrapper canZoomIn = new ReadOnlyBooleanWrapper(this, "canZoomIn", true);
    private final ReadOnlyBooleanWrapper canZoomOut = new ReadOnlyBooleanWrapper(this, "canZoomOut", true);
    private final DoubleProperty originDay = new SimpleDoubleProperty(this, "originDay",
            LocalDate.now().minusDays(14).toEpochDay());
    private final DoubleProperty verticalOffset = new SimpleDoubleProperty(this, "verticalOffset", 0);
    private final DoubleProperty rowHeight = new SimpleDoubleProperty(this, "rowHeight", 28);
    private final DoubleProperty headerHeight = new SimpleDoubleProperty(this, "headerHeight", 40);
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>(this, "today", LocalDate.now());
    private final ObjectProperty<LocalDate> statusDate = new SimpleObjectProperty<>(this, "statusDate");
    private final BooleanProperty showCritical = new SimpleBooleanProperty(this, "showCritical", false);
    private final BooleanProperty showBaseline = new SimpleBooleanProperty(this, "showBaseline", false);
    private final BooleanProperty showLinks = new SimpleBooleanProperty(this, "showLinks", true);
    private final BooleanProperty showSlack = new SimpleBooleanProperty(this, "showSlack", false);
    private final ObjectProperty<ToIntFunction<GanttBar>> colourCategory =
            new SimpleObjectProperty<>(this, "colourCategory", NO_CATEGORY);
    private final ObservableList<Object> selectedKeys = FXCollections.observableArrayList();
    private final ObjectProperty<Function<GanttBar, WorkingTime>> calendar =
            new SimpleObjectProperty<>(this, "calendar", bar -> WorkingTime.standard());
    private final ObjectProperty<Function<GanttBar, String>> tooltipText =
            new SimpleObjectProperty<>(this, "tooltipText", GanttBar::name);
    private final ObjectProperty<TimelineLabels> labels = new SimpleObjectProperty<>(this, "labels",
            TimelineLabels.of(Locale.getDefault(), (quarter, year) -> year == null ? "Q" + quarter
                    : "Q" + quarter + " " + year));
    private final ObjectProperty<EventHandler<GanttEditEvent>> onEdit = new SimpleObjectProperty<>(this, "onEdit") {
        @Override
        protected void invalidated() {
            setEventHandler(GanttEditEvent.EDIT, get());
        }
    };
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");

    private final StyleableObjectProperty<Paint> backgroundFill = paint("backgroundFill", "-gantt-background",
            c -> c.backgroundFill, Color.WHITE);
    private final StyleableObjectProperty<Paint> barFill = paint("barFill", "-gantt-bar-fill",
            c -> c.barFill, Color.LIGHTSKYBLUE);
    private final StyleableObjectProperty<Paint> barStroke = paint("barStroke", "-gantt-bar-stroke",
            c -> c.barStroke, Color.ROYALBLUE);
    private final StyleableObjectProperty<Paint> progressFill = paint("progressFill", "-gantt-progress-fill",
            c -> c.progressFill, Color.ROYALBLUE);
    private final StyleableObjectProperty<Paint> criticalFill = paint("criticalFill", "-gantt-critical-fill",
            c -> c.criticalFill, Color.LIGHTPINK);
    private final StyleableObjectProperty<Paint> criticalStroke = paint("criticalStroke", "-gantt-critical-stroke",
            c -> c.criticalStroke, Color.CRIMSON);
    private final StyleableObjectProperty<Paint> summaryFill = paint("summaryFill", "-gantt-summary-fill",
            c -> c.summaryFill, Color.DIMGRAY);
    private final StyleableObjectProperty<Paint> milestoneFill = paint("milestoneFill", "-gantt-milestone-fill",
            c -> c.milestoneFill, Color.DIMGRAY);
    private final StyleableObjectProperty<Paint> baselineFill = paint("baselineFill", "-gantt-baseline-fill",
            c -> c.baselineFill, Color.SILVER);
    private final StyleableObjectProperty<Paint> linkStroke = paint("linkStroke", "-gantt-link-stroke",
            c -> c.linkStroke, Color.GRAY);
    private final StyleableObjectProperty<Paint> gridStroke = paint("gridStroke", "-gantt-grid-stroke",
            c -> c.gridStroke, Color.GAINSBORO);
    private final StyleableObjectProperty<Paint> nonWorkingFill = paint("nonWorkingFill", "-gantt-non-working-fill",
            c -> c.nonWorkingFill, Color.WHITESMOKE);
    private final StyleableObjectProperty<Paint> selectionFill = paint("selectionFill", "-gantt-selection-fill",
            c -> c.selectionFill, Color.ALICEBLUE);
    private final StyleableObjectProperty<Paint> todayStroke = paint("todayStroke", "-gantt-today-stroke",
            c -> c.todayStroke, Color.ORANGE);
    private final StyleableObjectProperty<Paint> statusDateStroke = paint("statusDateStroke",
            "-gantt-status-date-stroke", c -> c.statusDateStroke, Color.SEAGREEN);
    private final StyleableObjectProperty<Paint> textFill = paint("textFill", "-gantt-text-fill",
            c -> c.textFill, Color.BLACK);
    private final StyleableObjectProperty<Paint> mutedTextFill = paint("mutedTextFill", "-gantt-muted-text-fill",
            c -> c.mutedTextFill, Color.GRAY);
    private final StyleableObjectProperty<Paint> headerFill = paint("headerFill", "-gantt-header-fill",
            c -> c.headerFill, Color.WHITESMOKE);
    private final StyleableObjectProperty<Paint> headerStroke = paint("headerStroke", "-gantt-header-stroke",
            c -> c.headerStroke, Color.LIGHTGRAY);
    private final StyleableObjectProperty<Paint> slackFill = paint("slackFill", "-gantt-slack-fill",
            c -> c.slackFill, Color.DARKGRAY);
    private final StyleableObjectProperty<Paint> laneFill = paint("laneFill", "-gantt-lane-fill",
            c -> c.laneFill, Color.WHITESMOKE);
    private final List<StyleableObjectProperty<Paint>> categoryFills = categoryPaints();
    private final StyleableObjectProperty<Font> font = (StyleableObjectProperty<Font>) STYLES.createStyleableFontProperty(this, "font", "-fx-font",
            c -> c.font, Font.getDefault(), true);

    public GanttChart() {
        getStyleClass().add(GanttStyles.CHART);
        setFocusTraversable(true);
        dayWidth.addListener((observable, old, width) -> {
            zoom.set(GanttZoom.forDayWidth(width.doubleValue()));
            canZoomIn.set(width.doubleValue() < GanttZoom.MAX_DAY_WIDTH);
            canZoomOut.set(width.doubleValue() > GanttZoom.MIN_DAY_WIDTH);
        });
        showCritical.addListener((observable, old, on) -> pseudoClassStateChanged(GanttStyles.CRITICAL, on));
    }

    /** Bars keep the chart's own colours: no category. */
    public static final ToIntFunction<GanttBar> NO_CATEGORY = bar -> -1;

    @SuppressWarnings("unchecked")
    private List<StyleableObjectProperty<Paint>> categoryPaints() {
        Color[] fallback = {Color.ROYALBLUE, Color.SEAGREEN, Color.GOLDENROD, Color.MEDIUMPURPLE, Color.TEAL,
                Color.CHOCOLATE, Color.PALEVIOLETRED, Color.GRAY};
        StyleableObjectProperty<Paint>[] paints = new StyleableObjectProperty[CATEGORY_COUNT];
        for (int i = 0; i < CATEGORY_COUNT; i++) {
            int index = i;
            paints[i] = paint("category" + (i + 1), "-gantt-category-" + (i + 1),
                    c -> c.categoryFills.get(index), fallback[i]);
        }
        return List.of(paints);
    }

    private StyleableObjectProperty<Paint> paint(String name, String css,
                                                 Function<GanttChart, javafx.css.StyleableProperty<Paint>> self,
                                                 Paint initial) {
        return (StyleableObjectProperty<Paint>) STYLES.createStyleablePaintProperty(this, name, css, self, initial);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new GanttChartSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return GanttChart.class.getResource("gantt.css").toExternalForm();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return STYLES.getCssMetaData();
    }

    @Override
    protected List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    // ---- actions

    /** Redraws after the model's rows or bars changed. */
    public void refresh() {
        revision.set(revision.get() + 1);
    }

    /** One step closer, around the middle of the chart. */
    public void zoomIn() {
        zoomBy(ZOOM_STEP, getWidth() / 2);
    }

    /** One step farther, around the middle of the chart. */
    public void zoomOut() {
        zoomBy(1 / ZOOM_STEP, getWidth() / 2);
    }

    /** Multiplies the day width by {@code factor}, keeping the day under {@code anchorX} in place. */
    public void zoomBy(double factor, double anchorX) {
        TimelineScale zoomed = scale().zoomedAt(factor, anchorX, GanttZoom.MIN_DAY_WIDTH, GanttZoom.MAX_DAY_WIDTH);
        setDayWidth(zoomed.dayWidth());
        setOriginDay(zoomed.originDay());
    }

    /** Shows the days from {@code first} to {@code last} across the chart's width, with a little room around. */
    public void fit(LocalDate first, LocalDate last) {
        double width = getWidth() > 0 ? getWidth() : prefWidth(-1);
        long days = Math.max(1, last.toEpochDay() - first.toEpochDay() + 1);
        double margin = Math.max(1, days * 0.04);
        double newWidth = Math.clamp((width - 24) / (days + 2 * margin), GanttZoom.MIN_DAY_WIDTH,
                GanttZoom.MAX_DAY_WIDTH);
        setDayWidth(newWidth);
        setOriginDay(first.toEpochDay() - margin);
    }

    /** Shows the whole plan as far as the model knows its extent. */
    public void fitAll() {
        GanttModel rows = getModel();
        if (rows.firstDay() != null && rows.lastDay() != null) {
            fit(rows.firstDay(), rows.lastDay());
        }
    }

    /** Scrolls so that {@code day} is a little right of the left edge. */
    public void scrollTo(LocalDate day) {
        setOriginDay(day.toEpochDay() - 24 / getDayWidth());
    }

    /** Sets the zoom to the beginning of {@code level}, keeping the middle of the chart in place. */
    public void zoomTo(GanttZoom level) {
        double target = switch (level) {
            case WEEK_DAY -> 24;
            case MONTH_WEEK -> 5;
            case QUARTER_MONTH -> 1.6;
            case YEAR_QUARTER -> 0.4;
        };
        zoomBy(target / getDayWidth(), getWidth() / 2);
    }

    /** The scale of the current zoom and horizontal scroll. */
    public TimelineScale scale() {
        return new TimelineScale(getOriginDay(), getDayWidth());
    }

    /** What lies at {@code (x, y)} in the chart's coordinates (the header included), once the chart is shown. */
    public Optional<GanttHit> hitTest(double x, double y) {
        return getSkin() instanceof GanttChartSkin skin ? Optional.of(skin.hitTest(x, y)) : Optional.empty();
    }

    // ---- properties

    /** The rows drawn; never null ({@link GanttModel#EMPTY} for none). */
    public final ObjectProperty<GanttModel> modelProperty() {
        return model;
    }

    public final GanttModel getModel() {
        return model.get();
    }

    public final void setModel(GanttModel value) {
        model.set(value == null ? GanttModel.EMPTY : value);
    }

    /** Pixels per day: the zoom, between {@link GanttZoom#MIN_DAY_WIDTH} and {@link GanttZoom#MAX_DAY_WIDTH}. */
    public final DoubleProperty dayWidthProperty() {
        return dayWidth;
    }

    public final double getDayWidth() {
        return dayWidth.get();
    }

    public final void setDayWidth(double value) {
        dayWidth.set(Math.clamp(value, GanttZoom.MIN_DAY_WIDTH, GanttZoom.MAX_DAY_WIDTH));
    }

    /** The header tiers that the day width gives. */
    public final ReadOnlyObjectProperty<GanttZoom> zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public final GanttZoom getZoom() {
        return zoom.get();
    }

    /** Whether {@link #zoomIn()} can still widen the days: false at {@link GanttZoom#MAX_DAY_WIDTH}. */
    public final ReadOnlyBooleanProperty canZoomInProperty() {
        return canZoomIn.getReadOnlyProperty();
    }

    public final boolean canZoomIn() {
        return canZoomIn.get();
    }

    /** Whether {@link #zoomOut()} can still narrow the days: false at {@link GanttZoom#MIN_DAY_WIDTH}. */
    public final ReadOnlyBooleanProperty canZoomOutProperty() {
        return canZoomOut.getReadOnlyProperty();
    }

    public final boolean canZoomOut() {
        return canZoomOut.get();
    }

    /** The (fractional) epoch day at the left edge: the horizontal scroll position. */
    public final DoubleProperty originDayProperty() {
        return originDay;
    }

    public final double getOriginDay() {
        return originDay.get();
    }

    public final void setOriginDay(double value) {
        originDay.set(value);
    }

    /** The first day at least partly visible. */
    public final LocalDate getFirstVisibleDay() {
        return scale().dateAt(0);
    }

    /** The last day at least partly visible. */
    public final LocalDate getLastVisibleDay() {
        return scale().dateAt(Math.max(0, getWidth() - 1));
    }

    /** How many pixels of the rows are scrolled away above the top: the tree's scroll position. */
    public final DoubleProperty verticalOffsetProperty() {
        return verticalOffset;
    }

    public final double getVerticalOffset() {
        return verticalOffset.get();
    }

    public final void setVerticalOffset(double value) {
        verticalOffset.set(value);
    }

    /** The height of every row, equal to the tree's fixed cell size when shown beside one. */
    public final DoubleProperty rowHeightProperty() {
        return rowHeight;
    }

    public final double getRowHeight() {
        return rowHeight.get();
    }

    public final void setRowHeight(double value) {
        rowHeight.set(value);
    }

    /** The height of the two-tier timeline header, equal to the tree's column header beside it. */
    public final DoubleProperty headerHeightProperty() {
        return headerHeight;
    }

    public final double getHeaderHeight() {
        return headerHeight.get();
    }

    public final void setHeaderHeight(double value) {
        headerHeight.set(value);
    }

    /** The day the today line marks; null draws none. */
    public final ObjectProperty<LocalDate> todayProperty() {
        return today;
    }

    public final LocalDate getToday() {
        return today.get();
    }

    public final void setToday(LocalDate value) {
        today.set(value);
    }

    /** The status date (progress measured up to it), marked by a dashed line at its end; null draws none. */
    public final ObjectProperty<LocalDate> statusDateProperty() {
        return statusDate;
    }

    public final LocalDate getStatusDate() {
        return statusDate.get();
    }

    public final void setStatusDate(LocalDate value) {
        statusDate.set(value);
    }

    /** Whether bars the model marks critical are drawn in the critical colour. */
    public final BooleanProperty showCriticalProperty() {
        return showCritical;
    }

    public final boolean isShowCritical() {
        return showCritical.get();
    }

    public final void setShowCritical(boolean value) {
        showCritical.set(value);
    }

    /** Whether baseline bars are drawn under the bars that have one. */
    public final BooleanProperty showBaselineProperty() {
        return showBaseline;
    }

    public final boolean isShowBaseline() {
        return showBaseline.get();
    }

    public final void setShowBaseline(boolean value) {
        showBaseline.set(value);
    }

    /** Whether dependency arrows are drawn. */
    public final BooleanProperty showLinksProperty() {
        return showLinks;
    }

    public final boolean isShowLinks() {
        return showLinks.get();
    }

    public final void setShowLinks(boolean value) {
        showLinks.set(value);
    }

    /** Whether a thin slack bar runs from each bar's finish to its late finish (see {@link GanttModel#lateFinish}). */
    public final BooleanProperty showSlackProperty() {
        return showSlack;
    }

    public final boolean isShowSlack() {
        return showSlack.get();
    }

    public final void setShowSlack(boolean value) {
        showSlack.set(value);
    }

    /**
     * Which colour category (0 to {@link #CATEGORY_COUNT} − 1) an activity or milestone is drawn in, or −1
     * for the chart's own bar colours; a critical bar keeps the critical colour while critical bars are shown.
     */
    public final ObjectProperty<ToIntFunction<GanttBar>> colourCategoryProperty() {
        return colourCategory;
    }

    public final ToIntFunction<GanttBar> getColourCategory() {
        return colourCategory.get();
    }

    public final void setColourCategory(ToIntFunction<GanttBar> value) {
        colourCategory.set(value == null ? NO_CATEGORY : value);
    }

    /** The keys of the selected rows; a click on a bar selects it, and the owner may set them. */
    public final ObservableList<Object> getSelectedKeys() {
        return selectedKeys;
    }

    /** The working calendar of a row, for shading its non-working days at day and week zoom. */
    public final ObjectProperty<Function<GanttBar, WorkingTime>> calendarProperty() {
        return calendar;
    }

    public final Function<GanttBar, WorkingTime> getCalendar() {
        return calendar.get();
    }

    public final void setCalendar(Function<GanttBar, WorkingTime> value) {
        calendar.set(value);
    }

    /** The tooltip text of a bar; null or empty shows none. */
    public final ObjectProperty<Function<GanttBar, String>> tooltipTextProperty() {
        return tooltipText;
    }

    public final Function<GanttBar, String> getTooltipText() {
        return tooltipText.get();
    }

    public final void setTooltipText(Function<GanttBar, String> value) {
        tooltipText.set(value);
    }

    /** The texts of the header cells and milestone dates. */
    public final ObjectProperty<TimelineLabels> labelsProperty() {
        return labels;
    }

    public final TimelineLabels getLabels() {
        return labels.get();
    }

    public final void setLabels(TimelineLabels value) {
        labels.set(value);
    }

    /** Called for every {@link GanttEditEvent}. */
    public final ObjectProperty<EventHandler<GanttEditEvent>> onEditProperty() {
        return onEdit;
    }

    public final EventHandler<GanttEditEvent> getOnEdit() {
        return onEdit.get();
    }

    public final void setOnEdit(EventHandler<GanttEditEvent> value) {
        onEdit.set(value);
    }

    /** Counts {@link #refresh()} calls; the skin redraws when it changes. */
    public final ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    // ---- colours and font, set by the style sheet

    public final ObjectProperty<Paint> backgroundFillProperty() {
        return backgroundFill;
    }

    public final ObjectProperty<Paint> barFillProperty() {
        return barFill;
    }

    public final ObjectProperty<Paint> barStrokeProperty() {
        return barStroke;
    }

    public final ObjectProperty<Paint> progressFillProperty() {
        return progressFill;
    }

    public final ObjectProperty<Paint> criticalFillProperty() {
        return criticalFill;
    }

    public final ObjectProperty<Paint> criticalStrokeProperty() {
        return criticalStroke;
    }

    public final ObjectProperty<Paint> summaryFillProperty() {
        return summaryFill;
    }

    public final ObjectProperty<Paint> milestoneFillProperty() {
        return milestoneFill;
    }

    public final ObjectProperty<Paint> baselineFillProperty() {
        return baselineFill;
    }

    public final ObjectProperty<Paint> linkStrokeProperty() {
        return linkStroke;
    }

    public final ObjectProperty<Paint> gridStrokeProperty() {
        return gridStroke;
    }

    public final ObjectProperty<Paint> nonWorkingFillProperty() {
        return nonWorkingFill;
    }

    public final ObjectProperty<Paint> selectionFillProperty() {
        return selectionFill;
    }

    public final ObjectProperty<Paint> todayStrokeProperty() {
        return todayStroke;
    }

    public final ObjectProperty<Paint> statusDateStrokeProperty() {
        return statusDateStroke;
    }

    public final ObjectProperty<Paint> textFillProperty() {
        return textFill;
    }

    public final ObjectProperty<Paint> mutedTextFillProperty() {
        return mutedTextFill;
    }

    public final ObjectProperty<Paint> headerFillProperty() {
        return headerFill;
    }

    public final ObjectProperty<Paint> headerStrokeProperty() {
        return headerStroke;
    }

    public final ObjectProperty<Paint> slackFillProperty() {
        return slackFill;
    }

    public final ObjectProperty<Paint> laneFillProperty() {
        return laneFill;
    }

    /** The colour of category {@code index} (0 to {@link #CATEGORY_COUNT} − 1), for bars and the legend. */
    public final ObjectProperty<Paint> categoryFillProperty(int index) {
        return categoryFills.get(index);
    }

    public final ObjectProperty<Font> fontProperty() {
        return font;
    }
}
