package org.coplan.scheduling;

import java.util.Arrays;
import org.coplan.domain.ConstraintType;

/**
 * The items' inputs as columns, one array per field, indexed by item number: what the passes read, so
 * that they touch no record (a record's fields sit behind pointers, its dates in further objects). The
 * records are kept beside the columns for the ids and for handing the inputs back. Grows while a plan is
 * being indexed; a schedule owns a trimmed copy and only replaces values in it.
 */
final class ItemColumns {

    /** A parent named by an item but not (yet) indexed: resolved once every item is in. */
    static final int PARENT_PENDING = -2;

    int size;
    ScheduleItem[] items;
    int[] parent;
    WorkingDayIndex[] calendar;
    int[] duration;
    int[] percent;
    /** Zero-length: a milestone, or an activity of 0 days. */
    boolean[] point;
    boolean[] manual;
    ConstraintType[] constraint;
    int[] constraintDay;
    int[] manualStartDay;
    int[] manualFinishDay;

    ItemColumns(int capacity) {
        allocate(Math.max(capacity, 0));
    }

    private void allocate(int capacity) {
        items = new ScheduleItem[capacity];
        parent = new int[capacity];
        calendar = new WorkingDayIndex[capacity];
        duration = new int[capacity];
        percent = new int[capacity];
        point = new boolean[capacity];
        manual = new boolean[capacity];
        constraint = new ConstraintType[capacity];
        constraintDay = new int[capacity];
        manualStartDay = new int[capacity];
        manualFinishDay = new int[capacity];
    }

    /** Appends an item under the given parent number (-1: top level); returns its number. */
    int add(ScheduleItem item, int parentIndex) {
        if (size == items.length) {
            resize(Math.max(16, size * 2));
        }
        int i = size++;
        parent[i] = parentIndex;
        set(i, item);
        return i;
    }

    /** Loads an item's values (not its parent) into row {@code i}. */
    void set(int i, ScheduleItem item) {
        items[i] = item;
        // items of one phase mostly share a calendar: skip the lookup then
        WorkingTime time = item.calendar();
        calendar[i] = i > 0 && items[i - 1] != null && items[i - 1].calendar() == time && calendar[i - 1] != null
                ? calendar[i - 1] : time.index();
        duration[i] = item.milestone() ? 0 : item.durationDays();
        percent[i] = item.percentComplete();
        point[i] = item.milestone() || item.durationDays() == 0;
        manual[i] = item.manual();
        constraint[i] = item.constraint();
        constraintDay[i] = item.constraintDate() == null ? 0 : Math.toIntExact(item.constraintDate().toEpochDay());
        manualStartDay[i] = item.start() == null ? 0 : Math.toIntExact(item.start().toEpochDay());
        manualFinishDay[i] = item.finish() == null ? 0 : Math.toIntExact(item.finish().toEpochDay());
    }

    /** A copy holding exactly the rows there are, for a schedule to own. */
    ItemColumns trimmedCopy() {
        return select(null, size, 0);
    }

    /**
     * The rows whose {@code newIndex} is not negative, in their order (which must be the old order with gaps
     * closed), parents renumbered (a parent left out makes its children top-level), with room for
     * {@code extra} more rows.
     */
    ItemColumns select(int[] newIndex, int kept, int extra) {
        if (kept == size) {
            // nothing left out: whole arrays copy much faster than row by row
            ItemColumns copy = new ItemColumns(0);
            copy.size = size;
            copy.items = Arrays.copyOf(items, size + extra);
            copy.parent = Arrays.copyOf(parent, size + extra);
            copy.calendar = Arrays.copyOf(calendar, size + extra);
            copy.duration = Arrays.copyOf(duration, size + extra);
            copy.percent = Arrays.copyOf(percent, size + extra);
            copy.point = Arrays.copyOf(point, size + extra);
            copy.manual = Arrays.copyOf(manual, size + extra);
            copy.constraint = Arrays.copyOf(constraint, size + extra);
            copy.constraintDay = Arrays.copyOf(constraintDay, size + extra);
            copy.manualStartDay = Arrays.copyOf(manualStartDay, size + extra);
            copy.manualFinishDay = Arrays.copyOf(manualFinishDay, size + extra);
            return copy;
        }
        ItemColumns copy = new ItemColumns(kept + extra);
        for (int i = 0; i < size; i++) {
            int to = newIndex[i];
            if (to >= 0) {
                copy.items[to] = items[i];
                copy.parent[to] = parent[i] < 0 ? -1 : newIndex[parent[i]];
                copy.calendar[to] = calendar[i];
                copy.duration[to] = duration[i];
                copy.percent[to] = percent[i];
                copy.point[to] = point[i];
                copy.manual[to] = manual[i];
                copy.constraint[to] = constraint[i];
                copy.constraintDay[to] = constraintDay[i];
                copy.manualStartDay[to] = manualStartDay[i];
                copy.manualFinishDay[to] = manualFinishDay[i];
            }
        }
        copy.size = kept;
        return copy;
    }

    private void resize(int capacity) {
        items = Arrays.copyOf(items, capacity);
        parent = Arrays.copyOf(parent, capacity);
        calendar = Arrays.copyOf(calendar, capacity);
        duration = Arrays.copyOf(duration, capacity);
        percent = Arrays.copyOf(percent, capacity);
        point = Arrays.copyOf(point, capacity);
        manual = Arrays.copyOf(manual, capacity);
        constraint = Arrays.copyOf(constraint, capacity);
        constraintDay = Arrays.copyOf(constraintDay, capacity);
        manualStartDay = Arrays.copyOf(manualStartDay, capacity);
        manualFinishDay = Arrays.copyOf(manualFinishDay, capacity);
    }
}
