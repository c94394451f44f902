package org.coplan.gantt;

import java.time.LocalDate;
import java.util.Objects;
import org.coplan.domain.DependencyType;

/**
 * What a planner did to the chart with the mouse, carried by a {@link GanttEditEvent}. The chart only
 * reports; whoever owns the data makes the change (and may refuse it), then refreshes the chart.
 */
public sealed interface GanttEdit {

    /** The bar's key. */
    Object key();

    /** The bar was dragged so that it starts on {@code newStart}, keeping its duration. */
    record BarMoved(Object key, LocalDate newStart) implements GanttEdit {
        public BarMoved {
            Objects.requireNonNull(newStart, "newStart");
        }
    }

    /** The bar's end was dragged so that it finishes on {@code newFinish}. */
    record BarResized(Object key, LocalDate newFinish) implements GanttEdit {
        public BarResized {
            Objects.requireNonNull(newFinish, "newFinish");
        }
    }

    /** The progress band was dragged to {@code percent} complete. */
    record ProgressChanged(Object key, int percent) implements GanttEdit {
    }

    /** A drag from one bar to another asks for a link of {@code type} from {@code key} to {@code successor}. */
    record LinkRequested(Object key, Object successor, DependencyType type) implements GanttEdit {
        public LinkRequested {
            Objects.requireNonNull(successor, "successor");
            Objects.requireNonNull(type, "type");
        }
    }

    /** The bar was double-clicked: open the item. */
    record BarOpened(Object key) implements GanttEdit {
    }
}
