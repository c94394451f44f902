package org.coplan.gantt.skin;

import java.util.List;
import javafx.event.EventHandler;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.coplan.domain.DependencyType;
import org.coplan.gantt.GanttBar;
import org.coplan.gantt.GanttChart;
import org.coplan.gantt.GanttEdit;
import org.coplan.gantt.GanttEditEvent;
import org.coplan.gantt.GanttHit;
import org.coplan.gantt.GanttStyles;

/**
 * The mouse on the chart's rows: a press on a bar selects it; dragging its body moves it, its finish end
 * stretches it, its lower band sets its progress, and dragging it into another row pulls a link to the bar
 * released on (Alt: start-to-start, Alt+Shift: finish-to-finish). The drag changes only a preview; the edit
 * is reported as one {@link GanttEditEvent} when the mouse is released. A double click opens the bar.
 */
final class GanttEditController {

    private enum Mode { NONE, MOVE, FINISH, PROGRESS, LINK }

    private final GanttChart chart;
    private final GanttChartSkin skin;
    private final Canvas body;
    private final Tooltip tooltip = new Tooltip();
    private final EventHandler<MouseEvent> pressed = this::pressed;
    private final EventHandler<MouseEvent> dragged = this::dragged;
    private final EventHandler<MouseEvent> released = this::released;
    private final EventHandler<MouseEvent> moved = this::moved;
    private final EventHandler<MouseEvent> clicked = this::clicked;
    private final EventHandler<MouseEvent> exited = event -> hideTooltip();

    private Mode mode = Mode.NONE;
    private GanttBar dragging;
    private int dragRow;
    private double anchorX;
    private double anchorY;
    private Object tooltipKey;

    GanttEditController(GanttChart chart, GanttChartSkin skin, Canvas body) {
        this.chart = chart;
        this.skin = skin;
        this.body = body;
        tooltip.setShowDelay(Duration.millis(400));
        body.addEventHandler(MouseEvent.MOUSE_PRESSED, pressed);
        body.addEventHandler(MouseEvent.MOUSE_DRAGGED, dragged);
        body.addEventHandler(MouseEvent.MOUSE_RELEASED, released);
        body.addEventHandler(MouseEvent.MOUSE_MOVED, moved);
        body.addEventHandler(MouseEvent.MOUSE_CLICKED, clicked);
        body.addEventHandler(MouseEvent.MOUSE_EXITED, exited);
    }

    void dispose() {
        body.removeEventHandler(MouseEvent.MOUSE_PRESSED, pressed);
        body.removeEventHandler(MouseEvent.MOUSE_DRAGGED, dragged);
        body.removeEventHandler(MouseEvent.MOUSE_RELEASED, released);
        body.removeEventHandler(MouseEvent.MOUSE_MOVED, moved);
        body.removeEventHandler(MouseEvent.MOUSE_CLICKED, clicked);
        body.removeEventHandler(MouseEvent.MOUSE_EXITED, exited);
        hideTooltip();
    }

    private void pressed(MouseEvent event) {
        chart.requestFocus();
        hideTooltip();
        GanttHit hit = skin.hitBody(event.getX(), event.getY());
        if (hit.bar() != null && (hit.onBar() || event.getButton() != MouseButton.PRIMARY)) {
            if (!chart.getSelectedKeys().equals(List.of(hit.bar().key()))) {
                chart.getSelectedKeys().setAll(hit.bar().key());
            }
        }
        if (event.getButton() != MouseButton.PRIMARY || !hit.onBar()) {
            mode = Mode.NONE;
            return;
        }
        dragging = hit.bar();
        dragRow = hit.row();
        anchorX = event.getX();
        anchorY = event.getY();
        mode = switch (hit.zone()) {
            case FINISH -> Mode.FINISH;
            case PROGRESS -> Mode.PROGRESS;
            case BODY, NONE -> Mode.MOVE;
        };
    }

    private void dragged(MouseEvent event) {
        if (mode == Mode.NONE) {
            return;
        }
        chart.pseudoClassStateChanged(GanttStyles.DRAGGING, true);
        double x = event.getX();
        double y = event.getY();
        long days = chart.getZoom().snap((x - anchorX) / chart.getDayWidth());
        if (mode == Mode.MOVE && Math.abs(y - anchorY) > chart.getRowHeight() * 0.75) {
            mode = Mode.LINK;
        }
        DragPreview preview = switch (mode) {
            case MOVE -> dragging.kind() == GanttBar.Kind.SUMMARY || days == 0 ? null
                    : new DragPreview.Dates(dragging, dragging.start().plusDays(days), dragging.finish().plusDays(days));
            case FINISH -> days == 0 ? null : new DragPreview.Dates(dragging, dragging.start(),
                    max(dragging.start(), dragging.finish().plusDays(days)));
            case PROGRESS -> new DragPreview.Progress(dragging, percentAt(x));
            case LINK -> new DragPreview.Link(dragging, x, y, linkTarget(x, y));
            case NONE -> null;
        };
        skin.setPreview(preview);
        event.consume();
    }

    private void released(MouseEvent event) {
        if (mode == Mode.NONE) {
            return;
        }
        GanttEdit edit = switch (mode) {
            case MOVE -> {
                long days = chart.getZoom().snap((event.getX() - anchorX) / chart.getDayWidth());
                yield dragging.kind() == GanttBar.Kind.SUMMARY || days == 0 ? null
                        : new GanttEdit.BarMoved(dragging.key(), dragging.start().plusDays(days));
            }
            case FINISH -> {
                long days = chart.getZoom().snap((event.getX() - anchorX) / chart.getDayWidth());
                yield days == 0 ? null
                        : new GanttEdit.BarResized(dragging.key(), max(dragging.start(), dragging.finish().plusDays(days)));
            }
            case PROGRESS -> {
                int percent = percentAt(event.getX());
                yield percent == dragging.percentComplete() ? null
                        : new GanttEdit.ProgressChanged(dragging.key(), percent);
            }
            case LINK -> {
                GanttBar target = linkTarget(event.getX(), event.getY());
                yield target == null ? null
                        : new GanttEdit.LinkRequested(dragging.key(), target.key(), linkType(event));
            }
            case NONE -> null;
        };
        mode = Mode.NONE;
        dragging = null;
        chart.pseudoClassStateChanged(GanttStyles.DRAGGING, false);
        skin.setPreview(null);
        if (edit != null) {
            chart.fireEvent(new GanttEditEvent(chart, chart, edit));
        }
        event.consume();
    }

    private void clicked(MouseEvent event) {
        if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
            GanttHit hit = skin.hitBody(event.getX(), event.getY());
            if (hit.onBar()) {
                chart.fireEvent(new GanttEditEvent(chart, chart, new GanttEdit.BarOpened(hit.bar().key())));
            }
        }
    }

    private void moved(MouseEvent event) {
        GanttHit hit = skin.hitBody(event.getX(), event.getY());
        body.setCursor(switch (hit.zone()) {
            case FINISH -> Cursor.H_RESIZE;
            case PROGRESS -> Cursor.HAND;
            case BODY -> hit.bar().kind() == GanttBar.Kind.SUMMARY ? Cursor.DEFAULT : Cursor.MOVE;
            case NONE -> Cursor.DEFAULT;
        });
        Object key = hit.onBar() ? hit.bar().key() : null;
        if (key == null) {
            hideTooltip();
        } else if (!key.equals(tooltipKey)) {
            String text = chart.getTooltipText() == null ? null : chart.getTooltipText().apply(hit.bar());
            if (text == null || text.isEmpty()) {
                hideTooltip();
            } else {
                tooltip.setText(text);
                Tooltip.install(body, tooltip);
                tooltipKey = key;
            }
        }
    }

    private void hideTooltip() {
        if (tooltipKey != null) {
            Tooltip.uninstall(body, tooltip);
            tooltip.hide();
            tooltipKey = null;
        }
    }

    private int percentAt(double x) {
        Box box = skin.layout().barBox(dragging, dragRow);
        return (int) Math.clamp(Math.round((x - box.x0()) / box.width() * 100), 0, 100);
    }

    private GanttBar linkTarget(double x, double y) {
        GanttHit hit = skin.hitBody(x, y);
        return hit.onBar() && !hit.bar().key().equals(dragging.key()) ? hit.bar() : null;
    }

    private static DependencyType linkType(MouseEvent event) {
        if (event.isAltDown()) {
            return event.isShiftDown() ? DependencyType.FF : DependencyType.SS;
        }
        return DependencyType.FS;
    }

    private static java.time.LocalDate max(java.time.LocalDate a, java.time.LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
