package org.coplan.scheduling;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.UUID;

/**
 * A plan numbered for the engine: items by the order they are added, links by their ends' numbers, the
 * inputs already in the flat form the passes read. Whoever loads a plan (from the database, a generator,
 * an import) indexes it once while reading it; {@link Schedule#compute(IndexedPlan)} then starts from
 * numbers instead of looking half a million ids up and reading every record again, which was half of a
 * full pass. An indexed plan may be scheduled any number of times: the schedule works on its own copy.
 *
 * <p>Add the items first (in any order: a parent added after its children is found when the plan is
 * scheduled), then the links. Not thread-safe.
 */
public final class IndexedPlan {

    private final LocalDate projectStart;
    private final ItemColumns items;
    private final LinkColumns links;
    private final IdIndex itemIndex;
    private boolean parentsPending;

    public IndexedPlan(LocalDate projectStart, int expectedItems, int expectedLinks) {
        this.projectStart = Objects.requireNonNull(projectStart, "projectStart");
        this.items = new ItemColumns(expectedItems);
        this.links = new LinkColumns(expectedLinks);
        this.itemIndex = new IdIndex(expectedItems);
    }

    /** The items and links indexed in their order. */
    public static IndexedPlan of(Collection<ScheduleItem> items, Collection<ScheduleLink> links,
                                 LocalDate projectStart) {
        IndexedPlan plan = new IndexedPlan(projectStart, items.size(), links.size());
        items.forEach(plan::addItem);
        links.forEach(plan::addLink);
        return plan;
    }

    /**
     * Adds an item and returns its number.
     *
     * @throws IllegalArgumentException when an item with its id is in the plan already
     */
    public int addItem(ScheduleItem item) {
        int i = items.size;
        if (!itemIndex.add(item.id(), i)) {
            throw new IllegalArgumentException("item listed twice: " + item.id());
        }
        UUID parentId = item.parentId();
        int parent = -1;
        if (parentId != null) {
            // siblings mostly come one after another: their parent is the previous item's
            ScheduleItem previous = i > 0 ? items.items[i - 1] : null;
            parent = previous != null && parentId.equals(previous.parentId()) && items.parent[i - 1] >= 0
                    ? items.parent[i - 1] : itemIndex.get(parentId);
            if (parent < 0) {
                parent = ItemColumns.PARENT_PENDING;
                parentsPending = true;
            }
        }
        return items.add(item, parent);
    }

    /**
     * Adds a link between two items of the plan. A link with an end outside the plan (in a roadmap that is
     * not loaded) cannot bind anything here and is left out.
     *
     * @return whether the link was added
     */
    public boolean addLink(ScheduleLink link) {
        int predecessor = itemIndex.get(link.predecessorId());
        int successor = predecessor < 0 ? -1 : itemIndex.get(link.successorId());
        if (successor < 0) {
            return false;
        }
        links.add(link, predecessor, successor);
        return true;
    }

    /** The number of the item with this id; -1 when it is not in the plan. */
    public int indexOf(UUID itemId) {
        return itemIndex.get(itemId);
    }

    public int itemCount() {
        return items.size;
    }

    public int linkCount() {
        return links.size;
    }

    public LocalDate projectStart() {
        return projectStart;
    }

    /** A parent outside the plan (another roadmap, not loaded) makes its children top-level items. */
    private void resolveParents() {
        if (!parentsPending) {
            return;
        }
        for (int i = 0; i < items.size; i++) {
            if (items.parent[i] == ItemColumns.PARENT_PENDING) {
                items.parent[i] = itemIndex.get(items.items[i].parentId());
            }
        }
        parentsPending = false;
    }

    /** The plan's arrays for a schedule to own; {@code copy} false hands over this plan's own (it is dropped). */
    PlanArrays arrays(boolean copy) {
        resolveParents();
        return copy
                ? new PlanArrays(items.trimmedCopy(), links.trimmedCopy(), itemIndex.copy(), projectStart)
                : new PlanArrays(items, links, itemIndex, projectStart);
    }
}
