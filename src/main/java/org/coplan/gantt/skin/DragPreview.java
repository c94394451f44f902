package org.coplan.gantt.skin;

import java.time.LocalDate;
import org.coplan.gantt.GanttBar;

/**
 * What a drag in progress would make of a bar, drawn over the chart until the mouse is released: the bar at
 * its new dates or progress, or a link being pulled from it to the mouse pointer.
 */
sealed interface DragPreview {

    GanttBar bar();

    /** The bar moved or stretched to these dates: drawn as a dashed ghost beside the real one. */
    record Dates(GanttBar bar, LocalDate start, LocalDate finish) implements DragPreview {
    }

    /** The bar with this percent complete, drawn in place of the real one. */
    record Progress(GanttBar bar, int percent) implements DragPreview {
    }

    /** A link pulled from the bar to a point; {@code target} is the bar under it, if any. */
    record Link(GanttBar bar, double toX, double toY, GanttBar target) implements DragPreview {
    }
}
