package org.coplan.gantt.skin;

import org.coplan.gantt.GanttBar;
import org.coplan.gantt.GanttHit.Zone;

/** Which part of a drawn bar a point is on: what a press there would drag. */
final class BarZones {

    /** The width of the grip at an activity's finish end. */
    static final double FINISH_GRIP = 5;
    /** The share of an activity's height, from the bottom, where progress is drawn and dragged. */
    static final double PROGRESS_BAND = 0.4;
    private static final double SLACK = 2;

    private BarZones() {
    }

    static Zone zone(GanttBar bar, Box box, double x, double y) {
        if (!box.contains(x, y, SLACK)) {
            return Zone.NONE;
        }
        if (bar.kind() != GanttBar.Kind.ACTIVITY) {
            return Zone.BODY;
        }
        // on a short bar the grip takes most of it: lengthening is what a short bar needs
        if (x >= box.x1() - FINISH_GRIP) {
            return Zone.FINISH;
        }
        if (y >= box.y1() - box.height() * PROGRESS_BAND) {
            return Zone.PROGRESS;
        }
        return Zone.BODY;
    }
}
