package org.coplan.scheduling;

import java.time.LocalDate;
import java.util.UUID;
import org.coplan.domain.ConstraintType;
import org.coplan.domain.DependencyType;

/**
 * The plan flattened into arrays indexed by item and link number, so that the passes touch no objects:
 * the items' and links' inputs (from {@link ItemColumns} and {@link LinkColumns}, whose arrays these fields
 * name) and the outline and links as compressed adjacency (CSR) lists. The shape (which items, which
 * links, which parent) is fixed for the life of an instance; values (durations, constraints, lags,
 * calendars) may be replaced in place by {@link #replaceItem} and {@link #replaceLink}. An edit that
 * changes the shape makes a new instance from this one ({@link PlanReshaping}).
 */
final class PlanArrays {

    final int itemCount;
    final int linkCount;
    final int projectStartDay;
    final LocalDate projectStart;

    final ItemColumns itemColumns;
    final LinkColumns linkColumns;
    final IdIndex itemIndex;
    /** Built when an edit first names a link: a full pass needs only the items'. */
    private IdIndex linkIndex;

    // item inputs
    final ScheduleItem[] items;
    final int[] parent;
    final boolean[] summary;
    final WorkingDayIndex[] calendar;
    final int[] duration;
    final int[] percent;
    final boolean[] point;
    final boolean[] manual;
    final ConstraintType[] constraint;
    final int[] constraintDay;
    final int[] manualStartDay;
    final int[] manualFinishDay;

    // link inputs
    final ScheduleLink[] links;
    final int[] predecessor;
    final int[] successor;
    final DependencyType[] type;
    final boolean[] fromFinish;
    final boolean[] toStart;
    final int[] positionLag;
    final int[] momentLag;

    // adjacency
    final int[] linksInStart;
    final int[] linksIn;
    final int[] linksOutStart;
    final int[] linksOut;
    final int[] childrenStart;
    final int[] children;

    /**
     * Takes the columns over (they must not change elsewhere afterwards); every parent must be resolved.
     *
     * @throws IllegalArgumentException when the outline goes round in a circle
     */
    PlanArrays(ItemColumns itemColumns, LinkColumns linkColumns, IdIndex itemIndex, LocalDate projectStart) {
        this.projectStart = projectStart;
        this.projectStartDay = Math.toIntExact(projectStart.toEpochDay());
        this.itemColumns = itemColumns;
        this.linkColumns = linkColumns;
        this.itemIndex = itemIndex;
        itemCount = itemColumns.size;
        linkCount = linkColumns.size;
        items = itemColumns.items;
        parent = itemColumns.parent;
        calendar = itemColumns.calendar;
        duration = itemColumns.duration;
        percent = itemColumns.percent;
        point = itemColumns.point;
        manual = itemColumns.manual;
        constraint = itemColumns.constraint;
        constraintDay = itemColumns.constraintDay;
        manualStartDay = itemColumns.manualStartDay;
        manualFinishDay = itemColumns.manualFinishDay;
        links = linkColumns.links;
        predecessor = linkColumns.predecessor;
        successor = linkColumns.successor;
        type = linkColumns.type;
        fromFinish = linkColumns.fromFinish;
        toStart = linkColumns.toStart;
        positionLag = linkColumns.positionLag;
        momentLag = linkColumns.momentLag;

        summary = new boolean[itemCount];
        int[] childCount = new int[itemCount];
        for (int i = 0; i < itemCount; i++) {
            if (parent[i] >= 0) {
                childCount[parent[i]]++;
                summary[parent[i]] = true;
            }
        }
        refuseCircularOutline();
        childrenStart = starts(childCount);
        children = new int[childrenStart[itemCount]];
        int[] fill = new int[itemCount];
        System.arraycopy(childrenStart, 0, fill, 0, itemCount);
        for (int i = 0; i < itemCount; i++) {
            if (parent[i] >= 0) {
                children[fill[parent[i]]++] = i;
            }
        }
        int[] inCount = new int[itemCount];
        int[] outCount = new int[itemCount];
        for (int l = 0; l < linkCount; l++) {
            inCount[successor[l]]++;
            outCount[predecessor[l]]++;
        }
        linksInStart = starts(inCount);
        linksOutStart = starts(outCount);
        linksIn = new int[linkCount];
        linksOut = new int[linkCount];
        // the counts are spent: reuse them as fill pointers
        System.arraycopy(linksInStart, 0, inCount, 0, itemCount);
        System.arraycopy(linksOutStart, 0, outCount, 0, itemCount);
        for (int l = 0; l < linkCount; l++) {
            linksIn[inCount[successor[l]]++] = l;
            linksOut[outCount[predecessor[l]]++] = l;
        }
    }

    private static int[] starts(int[] counts) {
        int[] starts = new int[counts.length + 1];
        for (int i = 0; i < counts.length; i++) {
            starts[i + 1] = starts[i] + counts[i];
        }
        return starts;
    }

    private void refuseCircularOutline() {
        // colours: 0 unseen, 1 on the current walk up, 2 known to reach a root
        byte[] state = new byte[itemCount];
        for (int i = 0; i < itemCount; i++) {
            int walker = i;
            while (walker >= 0 && state[walker] == 0) {
                state[walker] = 1;
                walker = parent[walker];
            }
            if (walker >= 0 && state[walker] == 1) {
                throw new IllegalArgumentException("the outline goes round in a circle at " + items[walker].id());
            }
            for (int w = i; w >= 0 && state[w] == 1; w = parent[w]) {
                state[w] = 2;
            }
        }
    }

    /**
     * -1 when the item is not scheduled here. The index may be shared with later reshapings of this plan
     * (see {@link PlanReshaping}) and name numbers this plan does not have, or gives to another item.
     */
    int indexOfItem(UUID id) {
        int i = itemIndex.get(id);
        return i >= 0 && i < itemCount && items[i].id().equals(id) ? i : -1;
    }

    int indexOfLink(UUID id) {
        int l = linkIndex().get(id);
        return l >= 0 && l < linkCount && links[l].id().equals(id) ? l : -1;
    }

    /** Null until an edit first named a link. */
    IdIndex builtLinkIndex() {
        return linkIndex;
    }

    void adoptLinkIndex(IdIndex index) {
        linkIndex = index;
    }

    private IdIndex linkIndex() {
        if (linkIndex == null) {
            IdIndex index = new IdIndex(linkCount);
            for (int l = 0; l < linkCount; l++) {
                if (!index.add(links[l].id(), l)) {
                    throw new IllegalArgumentException("link listed twice: " + links[l].id());
                }
            }
            linkIndex = index;
        }
        return linkIndex;
    }

    /** Whether replacing the item keeps the outline: same parent (as far as this schedule knows it). */
    boolean keepsShape(ScheduleItem item) {
        int i = indexOfItem(item.id());
        if (i < 0) {
            return false;
        }
        int newParent = item.parentId() == null ? -1 : indexOfItem(item.parentId());
        return newParent == parent[i];
    }

    boolean keepsShape(ScheduleLink link) {
        int l = indexOfLink(link.id());
        return l >= 0 && links[l].predecessorId().equals(link.predecessorId())
                && links[l].successorId().equals(link.successorId());
    }

    /** Replaces an item's values; its parent must be unchanged ({@link #keepsShape(ScheduleItem)}). */
    void replaceItem(int i, ScheduleItem item) {
        itemColumns.set(i, item);
    }

    void replaceLink(int l, ScheduleLink link) {
        linkColumns.set(l, link);
    }

    /** The node the forward pass binds when a link or a parent points at this item (see {@link PlanGraph}). */
    int target(int item) {
        return summary[item] ? itemCount + item : item;
    }
}
