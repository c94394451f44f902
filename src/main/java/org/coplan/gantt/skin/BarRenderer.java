package org.coplan.gantt.skin;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import org.coplan.gantt.GanttBar;

/**
 * Draws one kind of bar into its box: an activity with its progress, a summary bracket, a milestone diamond.
 * One renderer per kind, as FlexGanttFX does, so a new look for one kind touches one class.
 */
sealed interface BarRenderer {

    /** How a bar is to be drawn besides its shape: its colours and whether it is a dragged ghost. */
    record Look(Paint fill, Paint stroke, Paint progress, boolean ghost) {
    }

    void draw(GraphicsContext gc, GanttBar bar, Box box, Look look);

    static BarRenderer of(GanttBar.Kind kind) {
        return switch (kind) {
            case ACTIVITY -> Activity.INSTANCE;
            case SUMMARY -> Summary.INSTANCE;
            case MILESTONE -> Milestone.INSTANCE;
        };
    }

    /** A rounded bar, filled; the completed share as a darker band along its bottom. */
    final class Activity implements BarRenderer {
        static final Activity INSTANCE = new Activity();

        @Override
        public void draw(GraphicsContext gc, GanttBar bar, Box box, Look look) {
            double arc = Math.min(4, box.height() / 2);
            if (look.ghost()) {
                gc.setLineDashes(3, 3);
                gc.setStroke(look.stroke());
                gc.setLineWidth(1);
                gc.strokeRoundRect(box.x0() + 0.5, box.y0() + 0.5, box.width() - 1, box.height() - 1, arc, arc);
                gc.setLineDashes((double[]) null);
                return;
            }
            gc.setFill(look.fill());
            gc.fillRoundRect(box.x0(), box.y0(), box.width(), box.height(), arc, arc);
            if (bar.percentComplete() > 0) {
                double band = Math.max(3, box.height() * BarZones.PROGRESS_BAND);
                double done = box.width() * bar.percentComplete() / 100.0;
                gc.setFill(look.progress());
                gc.fillRoundRect(box.x0(), box.y1() - band, done, band, arc, arc);
            }
            gc.setStroke(look.stroke());
            gc.setLineWidth(1);
            gc.strokeRoundRect(box.x0() + 0.5, box.y0() + 0.5, box.width() - 1, box.height() - 1, arc, arc);
        }
    }

    /** A bracket: a thin bar with a downward point at each end, spanning the phase. */
    final class Summary implements BarRenderer {
        static final Summary INSTANCE = new Summary();

        @Override
        public void draw(GraphicsContext gc, GanttBar bar, Box box, Look look) {
            double tip = box.height() * 0.9;
            double x0 = box.x0();
            double x1 = box.x1();
            double w = Math.min(tip, box.width() / 2);
            double[] xs = {x0, x1, x1, x1 - w, x0 + w, x0};
            double[] ys = {box.y0(), box.y0(), box.y1() + tip, box.y1(), box.y1(), box.y1() + tip};
            gc.setFill(look.fill());
            gc.fillPolygon(xs, ys, xs.length);
            if (look.ghost()) {
                gc.setStroke(look.stroke());
                gc.setLineDashes(3, 3);
                gc.strokePolygon(xs, ys, xs.length);
                gc.setLineDashes((double[]) null);
            }
        }
    }

    /** A diamond centred on the milestone's date. */
    final class Milestone implements BarRenderer {
        static final Milestone INSTANCE = new Milestone();

        @Override
        public void draw(GraphicsContext gc, GanttBar bar, Box box, Look look) {
            double cx = (box.x0() + box.x1()) / 2;
            double cy = box.midY();
            double[] xs = {cx, box.x1(), cx, box.x0()};
            double[] ys = {box.y0(), cy, box.y1(), cy};
            if (look.ghost()) {
                gc.setStroke(look.stroke());
                gc.setLineDashes(3, 3);
                gc.strokePolygon(xs, ys, 4);
                gc.setLineDashes((double[]) null);
                return;
            }
            gc.setFill(look.fill());
            gc.fillPolygon(xs, ys, 4);
        }
    }
}
