package org.coplan.gantt;

import java.time.LocalDate;
import java.util.List;

/**
 * The rows a {@link GanttChart} draws, asked for by index so that only the visible ones are ever made: a
 * plan of 100,000 items costs the chart the thirty rows on screen. Rows are in display order; an
 * implementation backed by a tree gives its expanded rows. After the rows change, call
 * {@link GanttChart#refresh()}.
 */
public interface GanttModel {

    /** No rows. */
    GanttModel EMPTY = new GanttModel() {
        @Override
        public int rowCount() {
            return 0;
        }

        @Override
        public GanttBar bar(int row) {
            return null;
        }

        @Override
        public int rowOf(Object key) {
            return -1;
        }

        @Override
        public List<GanttLink> linksOf(Object key) {
            return List.of();
        }
    };

    int rowCount();

    /** The bar of row {@code row} (0 to rowCount − 1), or null for a row without one. */
    GanttBar bar(int row);

    /** The row that shows {@code key}, or −1 when it is not shown (in a collapsed branch, say). */
    int rowOf(Object key);

    /** Every link that enters or leaves the bar of {@code key}. */
    List<GanttLink> linksOf(Object key);

    /** The swimlane header shown in row {@code row} (which then has no bar), or null for an ordinary row. */
    default GanttLane lane(int row) {
        return null;
    }

    /**
     * The late finish of the bar of {@code key}: the slack bar runs from its (early) finish to this day.
     * Null when the bar has no slack or it is not known.
     */
    default LocalDate lateFinish(Object key) {
        return null;
    }

    /** The first and last day any bar covers, for the extent of the horizontal scroll bar; null when unknown. */
    default LocalDate firstDay() {
        return null;
    }

    default LocalDate lastDay() {
        return null;
    }
}
