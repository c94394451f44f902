package org.coplan.gantt;

import java.util.List;
import java.util.Objects;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Rectangle;

/**
 * A row of colour swatches with their meaning, for a {@link GanttChart} whose bars are coloured by category
 * (lead state, priority area). The swatches follow the chart's styleable colours, so the legend matches the
 * bars in any theme without knowing the colours itself.
 *
 * <p>Style classes: {@code gantt-legend}; each entry {@code gantt-legend-entry} with a
 * {@code gantt-legend-swatch} and a label.
 */
public class GanttLegend extends HBox {

    /** Style class of the legend. */
    public static final String STYLE_CLASS = "gantt-legend";

    private static final double SWATCH = 12;

    /**
     * One swatch.
     *
     * @param label    what the colour means
     * @param category the chart's colour category (0 to {@link GanttChart#CATEGORY_COUNT} − 1),
     *                 {@link #DEFAULT} for the chart's own bar colour or {@link #CRITICAL} for the critical one
     */
    public record Entry(String label, int category) {

        /** The category of the critical-path swatch. */
        public static final int CRITICAL = -2;
        /** The category of bars in the chart's own colour (the items without a state or area). */
        public static final int DEFAULT = -1;

        public Entry {
            Objects.requireNonNull(label, "label");
        }
    }

    private final GanttChart chart;

    public GanttLegend(GanttChart chart) {
        this.chart = chart;
        getStyleClass().add(STYLE_CLASS);
        getStylesheets().add(GanttChart.class.getResource("gantt.css").toExternalForm());
    }

    /** Shows these entries, in this order. */
    public void setEntries(List<Entry> entries) {
        getChildren().setAll(entries.stream().map(this::entry).toList());
    }

    private HBox entry(Entry entry) {
        Rectangle swatch = new Rectangle(SWATCH, SWATCH);
        swatch.getStyleClass().add("gantt-legend-swatch");
        ObservableValue<Paint> colour = switch (entry.category()) {
            case Entry.CRITICAL -> chart.criticalStrokeProperty();
            case Entry.DEFAULT -> chart.barStrokeProperty();
            default -> chart.categoryFillProperty(Math.floorMod(entry.category(), GanttChart.CATEGORY_COUNT));
        };
        swatch.fillProperty().bind(colour);
        Label label = new Label(entry.label());
        HBox box = new HBox(swatch, label);
        box.getStyleClass().add("gantt-legend-entry");
        return box;
    }
}
