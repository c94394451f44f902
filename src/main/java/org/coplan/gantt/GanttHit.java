package org.coplan.gantt;

import java.time.LocalDate;

/**
 * What lies under a point of the chart: a row, maybe a bar and the part of it, maybe a link, and the day.
 *
 * @param row  the row index, or −1 above or below the rows
 * @param bar  the bar under the point, or null
 * @param zone which part of the bar (or {@link Zone#NONE})
 * @param link the link arrow under the point, or null
 * @param day  the day under the point
 */
public record GanttHit(int row, GanttBar bar, Zone zone, GanttLink link, LocalDate day) {

    /** The parts of a bar the mouse can grab. */
    public enum Zone {
        /** Not on a bar. */
        NONE,
        /** The body: dragging moves the bar, or links it when dragged to another row. */
        BODY,
        /** The lower band, where progress is drawn: dragging sets % complete. */
        PROGRESS,
        /** The finish end: dragging changes the duration. */
        FINISH
    }

    public boolean onBar() {
        return bar != null && zone != Zone.NONE;
    }
}
