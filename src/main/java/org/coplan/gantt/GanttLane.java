package org.coplan.gantt;

import java.util.Objects;

/**
 * The header row of a swimlane: when rows are grouped (by lead state, by priority area), each group starts
 * with a row that has no bar but this, drawn across the chart's width with {@code label} at its left edge.
 *
 * @param label what the lane header says, e.g. "KZ — Kazakhstan (12)"
 */
public record GanttLane(String label) {

    public GanttLane {
        Objects.requireNonNull(label, "label");
    }
}
