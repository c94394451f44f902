package org.coplan.bench.gantt;

import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.coplan.gantt.GanttChart;

/**
 * Mouse wheel and button events as the platform would deliver them to the chart: they go through the same
 * handlers as a person's (the skin's wheel handler, the edit controller's drag), so the benchmark measures
 * what a person waits for, not a shortcut.
 */
final class ChartGestures {

    /** What one notch of a mouse wheel scrolls in JavaFX. */
    static final double NOTCH = 40;

    private final GanttChart chart;

    ChartGestures(GanttChart chart) {
        this.chart = chart;
    }

    /** One wheel notch over the middle of the chart; positive scrolls up (or left, or zooms in). */
    void wheel(double deltaY, boolean shift, boolean control) {
        Point2D at = chart.localToScene(chart.getWidth() / 2, chart.getHeight() / 2);
        Event.fireEvent(chart, new ScrollEvent(ScrollEvent.SCROLL, at.getX(), at.getY(), at.getX(), at.getY(),
                shift, control, false, false, false, false, 0, deltaY, 0, deltaY,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0,
                null));
    }

    /** A primary-button event at {@code (x, y)} in {@code target}'s coordinates. */
    void mouse(EventType<MouseEvent> type, Node target, double x, double y) {
        Point2D at = target.localToScene(x, y);
        boolean down = type != MouseEvent.MOUSE_RELEASED;
        Event.fireEvent(target, new MouseEvent(type, at.getX(), at.getY(), at.getX(), at.getY(),
                MouseButton.PRIMARY, 1, false, false, false, false, down, false, false, false, false,
                type == MouseEvent.MOUSE_PRESSED, null));
    }
}
