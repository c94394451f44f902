package org.coplan.scheduling;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.UUID;
import org.coplan.domain.ConstraintType;
import org.coplan.domain.DependencyType;

/**
 * The plan flattened into arrays indexed by item and link number, so that the passes touch no objects:
 * the items' inputs, the links, and the outline and links as compressed adjacency (CSR) lists. The shape
 * (which items, which links, which parent) is fixed for the life of an instance; values (durations,
 * constraints, lags, calendars) may be replaced in place by {@link #replaceItem} and {@link #replaceLink}.
 */
final class PlanArrays {

    final int itemCount;
    final int linkCount;
    final int projectStartDay;

    final ScheduleItem[] items;
    final ScheduleLink[] links;
    private final IdIndex itemIndex;
    /** Built when an edit first names a link: a full pass needs only the items'. */
    private IdIndex linkIndex;

    // item inputs
    final int[] parent;
    final boolean[] summary;
    final WorkingDayIndex[] calendar;
    final int[] duration;
    final int[] percent;
    /** Zero-length: a milestone, or an activity of 0 days. */
    final boolean[] point;
    final boolean[] manual;
    final ConstraintType[] constraint;
    final int[] constraintDay;
    final int[] manualStartDay;
    final int[] manualFinishDay;

    // link inputs
    final int[] predecessor;
    final int[] successor;
    final DependencyType[] type;
    /** FS, FF: the link starts at its predecessor's finish (else its start); read in the hot loops for {@link #type}. */
    final boolean[] fromFinish;
    /** FS, SS: the link bounds its successor's start (else its finish). */
    final boolean[] toStart;
    /** Working-day lag as a position offset (2 per day); 0 for an elapsed lag. */
    final int[] positionLag;
    /** Elapsed lag as a moment offset (2 per day); 0 for a working-day lag. */
    final int[] momentLag;

    // adjacency
    final int[] linksInStart;
    final int[] linksIn;
    final int[] linksOutStart;
    final int[] linksOut;
    final int[] childrenStart;
    final int[] children;

    private final Map<WorkingTime, WorkingDayIndex> indexes = new IdentityHashMap<>();

    PlanArrays(Collection<ScheduleItem> itemList, Collection<ScheduleLink> linkList, LocalDate projectStart) {
        projectStartDay = Math.toIntExact(projectStart.toEpochDay());
        itemCount = itemList.size();
        items = itemList.toArray(ScheduleItem[]::new);
        itemIndex = new IdIndex(itemCount);
        for (int i = 0; i < itemCount; i++) {
            if (!itemIndex.add(items[i].id(), i)) {
                throw new IllegalArgumentException("item listed twice: " + items[i].id());
            }
        }
        parent = new int[itemCount];
        summary = new boolean[itemCount];
        calendar = new WorkingDayIndex[itemCount];
        duration = new int[itemCount];
        percent = new int[itemCount];
        point = new boolean[itemCount];
        manual = new boolean[itemCount];
        constraint = new ConstraintType[itemCount];
        constraintDay = new int[itemCount];
        manualStartDay = new int[itemCount];
        manualFinishDay = new int[itemCount];
        int[] childCount = new int[itemCount];
        // siblings mostly come one after another: look their parent up once
        UUID lastParentId = null;
        int lastParent = -1;
        for (int i = 0; i < itemCount; i++) {
            // a parent outside the schedule (another roadmap, not loaded) makes the item a top-level one
            UUID parentId = items[i].parentId();
            if (parentId == null) {
                parent[i] = -1;
            } else {
                if (!parentId.equals(lastParentId)) {
                    lastParentId = parentId;
                    lastParent = itemIndex.get(parentId);
                }
                parent[i] = lastParent;
            }
            if (parent[i] >= 0) {
                childCount[parent[i]]++;
                summary[parent[i]] = true;
            }
            loadItem(i);
        }
        refuseCircularOutline();
        childrenStart = starts(childCount);
        children = new int[childrenStart[itemCount]];
        int[] fill = childrenStart.clone();
        for (int i = 0; i < itemCount; i++) {
            if (parent[i] >= 0) {
                children[fill[parent[i]]++] = i;
            }
        }

        // links whose ends are not both scheduled here (another roadmap not loaded) cannot bind anything
        ScheduleLink[] given = linkList.toArray(ScheduleLink[]::new);
        int[] from = new int[given.length];
        int[] to = new int[given.length];
        int known = 0;
        for (int g = 0; g < given.length; g++) {
            int predecessorIndex = itemIndex.get(given[g].predecessorId());
            int successorIndex = predecessorIndex < 0 ? -1 : itemIndex.get(given[g].successorId());
            if (successorIndex >= 0) {
                given[known] = given[g];
                from[known] = predecessorIndex;
                to[known] = successorIndex;
                known++;
            }
        }
        links = known == given.length ? given : Arrays.copyOf(given, known);
        linkCount = known;
        predecessor = known == given.length ? from : Arrays.copyOf(from, known);
        successor = known == given.length ? to : Arrays.copyOf(to, known);
        type = new DependencyType[linkCount];
        fromFinish = new boolean[linkCount];
        toStart = new boolean[linkCount];
        positionLag = new int[linkCount];
        momentLag = new int[linkCount];
        int[] inCount = new int[itemCount];
        int[] outCount = new int[itemCount];
        for (int l = 0; l < linkCount; l++) {
            loadLink(l);
            inCount[successor[l]]++;
            outCount[predecessor[l]]++;
        }
        linksInStart = starts(inCount);
        linksOutStart = starts(outCount);
        linksIn = new int[linkCount];
        linksOut = new int[linkCount];
        int[] inFill = linksInStart.clone();
        int[] outFill = linksOutStart.clone();
        for (int l = 0; l < linkCount; l++) {
            linksIn[inFill[successor[l]]++] = l;
            linksOut[outFill[predecessor[l]]++] = l;
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

    private void loadItem(int i) {
        ScheduleItem item = items[i];
        // items of one phase mostly share a calendar: skip the map then
        calendar[i] = i > 0 && item.calendar() == items[i - 1].calendar() && calendar[i - 1] != null
                ? calendar[i - 1] : indexes.computeIfAbsent(item.calendar(), WorkingTime::index);
        duration[i] = item.milestone() ? 0 : item.durationDays();
        percent[i] = item.percentComplete();
        point[i] = item.milestone() || item.durationDays() == 0;
        manual[i] = item.manual();
        constraint[i] = item.constraint();
        constraintDay[i] = item.constraintDate() == null ? 0 : Math.toIntExact(item.constraintDate().toEpochDay());
        manualStartDay[i] = item.start() == null ? 0 : Math.toIntExact(item.start().toEpochDay());
        manualFinishDay[i] = item.finish() == null ? 0 : Math.toIntExact(item.finish().toEpochDay());
    }

    private void loadLink(int l) {
        ScheduleLink link = links[l];
        type[l] = link.type();
        fromFinish[l] = link.type() == DependencyType.FS || link.type() == DependencyType.FF;
        toStart[l] = link.type() == DependencyType.FS || link.type() == DependencyType.SS;
        positionLag[l] = link.elapsedLag() ? 0 : 2 * link.lag();
        momentLag[l] = link.elapsedLag() ? 2 * link.lag() : 0;
    }

    /** -1 when the item is not scheduled here. */
    int indexOfItem(UUID id) {
        return itemIndex.get(id);
    }

    int indexOfLink(UUID id) {
        if (linkIndex == null) {
            IdIndex index = new IdIndex(linkCount);
            for (int l = 0; l < linkCount; l++) {
                if (!index.add(links[l].id(), l)) {
                    throw new IllegalArgumentException("link listed twice: " + links[l].id());
                }
            }
            linkIndex = index;
        }
        return linkIndex.get(id);
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
        items[i] = item;
        loadItem(i);
    }

    void replaceLink(int l, ScheduleLink link) {
        links[l] = link;
        loadLink(l);
    }

    /** The node the forward pass binds when a link or a parent points at this item (see {@link PlanGraph}). */
    int target(int item) {
        return summary[item] ? itemCount + item : item;
    }
}
