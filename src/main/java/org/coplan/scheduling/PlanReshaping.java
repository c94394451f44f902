package org.coplan.scheduling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A new {@link PlanArrays} for an edit that changes the plan's shape (adds or removes items or links,
 * moves an item in the outline), made from the old arrays by renumbering rows rather than from the
 * records: kept items keep their order (gaps closed), kept links too when items went, else each removed
 * link's gap takes the last link; new rows come after the kept ones. It notes the items whose inputs or
 * neighbours changed, so that the schedule recomputes from those only. The old plan is left as it was
 * (its id indexes may gain entries, which it does not trust: see {@link PlanArrays#indexOfItem}).
 */
final class PlanReshaping {

    private final PlanArrays old;
    private final ScheduleChange change;
    /** Old item number to new; -1 for a removed item. */
    private final int[] newItem;
    private final boolean[] touchedOld;
    private int removedItems;
    private PlanArrays reshaped;
    private boolean[] touched;
    private int firstNewItem;
    /** Old link number to new; -1 for a link that is gone. */
    private int[] newLink;
    private int keptLinkCount;
    /** New numbers of links moved into gaps (see {@link #gapsFilled}). */
    private final List<Integer> movedLinks = new ArrayList<>();

    private PlanReshaping(PlanArrays old, ScheduleChange change) {
        this.old = old;
        this.change = change;
        this.newItem = new int[old.itemCount];
        this.touchedOld = new boolean[old.itemCount];
    }

    /**
     * @throws IllegalArgumentException when the outline would go round in a circle
     */
    static PlanReshaping of(PlanArrays old, ScheduleChange change) {
        PlanReshaping reshaping = new PlanReshaping(old, change);
        reshaping.reshape();
        return reshaping;
    }

    PlanArrays plan() {
        return reshaped;
    }

    /** Old item number to new; -1 for a removed item. */
    int[] newItemNumbers() {
        return newItem;
    }

    /** Whether the (new) item's inputs or neighbours changed. */
    boolean touched(int item) {
        return touched[item];
    }

    boolean removedItems() {
        return removedItems > 0;
    }

    /** Items numbered from here on are new. */
    int firstNewItem() {
        return firstNewItem;
    }

    private void reshape() {
        markRemovedItems();
        int kept = old.itemCount - removedItems;
        ItemColumns items = old.itemColumns.select(newItem, kept, change.upsertedItems().size());
        // numbers stay as they were unless items went: the index is then shared, new ids added to it
        IdIndex index = removedItems == 0 ? old.itemIndex : old.itemIndex.renumbered(newItem);
        firstNewItem = kept;
        touched = new boolean[kept + change.upsertedItems().size()];
        for (int i = 0; i < old.itemCount; i++) {
            if (touchedOld[i] && newItem[i] >= 0) {
                touched[newItem[i]] = true;
            }
        }
        upsertItems(items, index);
        touched = Arrays.copyOf(touched, items.size);
        LinkColumns links = reshapeLinks(items, index);
        reshaped = new PlanArrays(items, links, index, old.projectStart);
        reshaped.adoptLinkIndex(linkIndex(links));
    }

    private void markRemovedItems() {
        boolean[] removed = new boolean[old.itemCount];
        for (UUID id : change.removedItems()) {
            int i = old.indexOfItem(id);
            if (i >= 0) {
                removed[i] = true;
            }
        }
        // removed and put back in one change: the item stays, with the values put
        for (ScheduleItem item : change.upsertedItems()) {
            int i = old.indexOfItem(item.id());
            if (i >= 0) {
                removed[i] = false;
            }
        }
        int next = 0;
        for (int i = 0; i < old.itemCount; i++) {
            if (removed[i]) {
                newItem[i] = -1;
                removedItems++;
                touchAround(i);
            } else {
                newItem[i] = next++;
            }
        }
    }

    /** The parent, children and link ends of a removed item see it go. */
    private void touchAround(int i) {
        if (old.parent[i] >= 0) {
            touchedOld[old.parent[i]] = true;
        }
        for (int k = old.childrenStart[i]; k < old.childrenStart[i + 1]; k++) {
            touchedOld[old.children[k]] = true;
        }
        for (int k = old.linksInStart[i]; k < old.linksInStart[i + 1]; k++) {
            touchedOld[old.predecessor[old.linksIn[k]]] = true;
        }
        for (int k = old.linksOutStart[i]; k < old.linksOutStart[i + 1]; k++) {
            touchedOld[old.successor[old.linksOut[k]]] = true;
        }
    }

    private void upsertItems(ItemColumns items, IdIndex index) {
        boolean added = false;
        for (ScheduleItem item : change.upsertedItems()) {
            int i = number(items, index, item.id());
            if (i < 0) {
                i = items.add(item, -1);
                index.set(item.id(), i);
                added = true;
            } else {
                items.set(i, item);
            }
            touched[i] = true;
        }
        for (ScheduleItem item : change.upsertedItems()) {
            int i = number(items, index, item.id());
            moveUnder(items, i, item.parentId() == null ? -1 : number(items, index, item.parentId()));
        }
        if (added) {
            adoptOrphans(items, index);
        }
    }

    private void moveUnder(ItemColumns items, int i, int parent) {
        if (items.parent[i] != parent) {
            if (items.parent[i] >= 0) {
                touched[items.parent[i]] = true;
            }
            if (parent >= 0) {
                touched[parent] = true;
            }
            touched[i] = true;
            items.parent[i] = parent;
        }
    }

    /** Items whose parent was not in the plan go under it when it comes (back), as a full pass would put them. */
    private void adoptOrphans(ItemColumns items, IdIndex index) {
        for (int i = 0; i < firstNewItem; i++) {
            if (items.parent[i] < 0) {
                UUID parentId = items.items[i].parentId();
                if (parentId != null) {
                    moveUnder(items, i, number(items, index, parentId));
                }
            }
        }
    }

    private LinkColumns reshapeLinks(ItemColumns items, IdIndex index) {
        newLink = new int[old.linkCount];
        for (int l = 0; l < old.linkCount; l++) {
            newLink[l] = newItem[old.predecessor[l]] < 0 || newItem[old.successor[l]] < 0 ? -1 : 0;
        }
        if (!change.removedLinks().isEmpty() || !change.upsertedLinks().isEmpty()) {
            for (UUID id : change.removedLinks()) {
                dropLink(newLink, old.indexOfLink(id));
            }
            for (ScheduleLink link : change.upsertedLinks()) {
                int l = old.indexOfLink(link.id());
                // a link whose ends change is a new link in the graph
                if (l >= 0 && !(old.links[l].predecessorId().equals(link.predecessorId())
                        && old.links[l].successorId().equals(link.successorId()))) {
                    dropLink(newLink, l);
                }
            }
        }
        LinkColumns links = removedItems == 0 ? gapsFilled(change.upsertedLinks().size()) : renumbered();
        for (ScheduleLink link : change.upsertedLinks()) {
            int l = old.indexOfLink(link.id());
            if (l >= 0 && newLink[l] >= 0) {
                links.set(newLink[l], link);
                touch(links, newLink[l]);
                continue;
            }
            int predecessor = number(items, index, link.predecessorId());
            int successor = predecessor < 0 ? -1 : number(items, index, link.successorId());
            if (successor >= 0) {
                touch(links, links.add(link, predecessor, successor));
            }
        }
        return links;
    }

    /** Links renumbered in order, gaps closed: when items went too, every link's ends are renumbered anyway. */
    private LinkColumns renumbered() {
        int kept = 0;
        for (int l = 0; l < old.linkCount; l++) {
            if (newLink[l] == 0) {
                newLink[l] = kept++;
            }
        }
        keptLinkCount = kept;
        return old.linkColumns.select(newLink, kept, newItem, change.upsertedLinks().size(), true);
    }

    /**
     * Links keep their numbers, each gap filled by the last link: only the moved links need new entries in
     * the link index, which is then shared rather than built again (a rehash of every link's id).
     */
    private LinkColumns gapsFilled(int extra) {
        LinkColumns links = old.linkColumns.copy(extra);
        for (int l = 0; l < old.linkCount; l++) {
            if (newLink[l] == 0) {
                newLink[l] = l;
            }
        }
        int end = old.linkCount;
        int hole = 0;
        while (true) {
            while (hole < end && newLink[hole] >= 0) {
                hole++;
            }
            while (end > hole && newLink[end - 1] < 0) {
                end--;
            }
            if (hole >= end) {
                break;
            }
            end--;
            links.moveRow(end, hole);
            newLink[end] = hole;
            movedLinks.add(hole);
            hole++;
        }
        links.size = end;
        keptLinkCount = end;
        return links;
    }

    private void dropLink(int[] newLink, int l) {
        if (l >= 0 && newLink[l] >= 0) {
            newLink[l] = -1;
            if (newItem[old.predecessor[l]] >= 0) {
                touched[newItem[old.predecessor[l]]] = true;
            }
            if (newItem[old.successor[l]] >= 0) {
                touched[newItem[old.successor[l]]] = true;
            }
        }
    }

    private void touch(LinkColumns links, int l) {
        touched[links.predecessor[l]] = true;
        touched[links.successor[l]] = true;
    }

    /**
     * The old link index, shared when no item went (renumbered otherwise), with the moved and new links:
     * when one was built, for building one costs a read of every link's id.
     */
    private IdIndex linkIndex(LinkColumns links) {
        IdIndex built = old.builtLinkIndex();
        if (built == null) {
            return null;
        }
        IdIndex index = removedItems == 0 ? built : built.renumbered(newLink);
        for (int moved : movedLinks) {
            index.set(links.links[moved].id(), moved);
        }
        for (int l = keptLinkCount; l < links.size; l++) {
            index.set(links.links[l].id(), l);
        }
        return index;
    }

    /** The item's number, checked: a shared index may hold numbers of refused edits. */
    private static int number(ItemColumns items, IdIndex index, UUID id) {
        int i = index.get(id);
        return i >= 0 && i < items.size && items.items[i].id().equals(id) ? i : -1;
    }
}
