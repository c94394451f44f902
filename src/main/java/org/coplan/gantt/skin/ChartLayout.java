package org.coplan.gantt.skin;

import org.coplan.gantt.GanttBar;
import org.coplan.gantt.TimelineScale;

/**
 * Where rows and bars are in the body canvas (y = 0 at its top) for one scale, row height and vertical
 * offset. Shared by the painters and the hit test, so that what is clicked is what was drawn.
 */
record ChartLayout(TimelineScale scale, double rowHeight, double verticalOffset, boolean withBaseline) {

    double rowTop(int row) {
        return row * rowHeight - verticalOffset;
    }

    /** The row at {@code y}, which may be negative or beyond the last row. */
    int rowAt(double y) {
        return (int) Math.floor((y + verticalOffset) / rowHeight);
    }

    int firstVisibleRow() {
        return Math.max(0, rowAt(0));
    }

    int lastVisibleRow(double height, int rowCount) {
        return Math.min(rowCount - 1, rowAt(Math.max(0, height - 1)));
    }

    /** The box of {@code bar}'s shape in row {@code row}; a milestone's is its diamond's square. */
    Box barBox(GanttBar bar, int row) {
        return barBox(bar.kind(), bar.start(), bar.finish(), row);
    }

    Box barBox(GanttBar.Kind kind, java.time.LocalDate start, java.time.LocalDate finish, int row) {
        double top = rowTop(row);
        return switch (kind) {
            case ACTIVITY -> {
                double x0 = scale.x(start);
                double x1 = Math.max(x0 + 3, scale.endX(finish));
                yield withBaseline
                        ? new Box(x0, top + rowHeight * 0.18, x1, top + rowHeight * 0.58)
                        : new Box(x0, top + rowHeight * 0.24, x1, top + rowHeight * 0.74);
            }
            case SUMMARY -> {
                double x0 = scale.x(start);
                double x1 = Math.max(x0 + 3, scale.endX(finish));
                yield new Box(x0, top + rowHeight * 0.3, x1, top + rowHeight * 0.52);
            }
            case MILESTONE -> {
                double half = Math.round(rowHeight * 0.28);
                double x = scale.x(start);
                double y = top + rowHeight * (withBaseline ? 0.4 : 0.5);
                yield new Box(x - half, y - half, x + half, y + half);
            }
        };
    }

    /** The thin bar of a baseline under its bar. */
    Box baselineBox(GanttBar bar, int row) {
        double top = rowTop(row);
        double x0 = scale.x(bar.baselineStart());
        double x1 = bar.isMilestone() ? x0 : Math.max(x0 + 3, scale.endX(bar.baselineFinish()));
        return new Box(x0, top + rowHeight * 0.66, x1, top + rowHeight * 0.8);
    }
}
