package org.coplan.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The work items and dependencies of one roadmap held in memory, with the tree order and the derived WBS
 * codes. Edits keep it in step with the database (see the service layer's edits); it is not thread-safe
 * and belongs to whoever loaded it.
 */
public final class RoadmapPlan {

    private static final Comparator<WorkItem> SIBLING_ORDER =
            Comparator.comparing(WorkItem::sortKey).thenComparing(WorkItem::id);

    private final Roadmap roadmap;
    private final Map<UUID, WorkItem> items = new HashMap<>();
    private final Map<UUID, List<WorkItem>> childrenByScope = new HashMap<>();
    private final Map<UUID, Dependency> dependencies = new HashMap<>();
    private final Map<UUID, List<Dependency>> incoming = new HashMap<>();
    private final Map<UUID, List<Dependency>> outgoing = new HashMap<>();
    private Map<UUID, String> wbsCodes;
    private Map<String, UUID> idsByWbs;
    private Map<UUID, Integer> outlineIndex;

    public RoadmapPlan(Roadmap roadmap, Collection<WorkItem> workItems, Collection<Dependency> links) {
        this.roadmap = Objects.requireNonNull(roadmap, "roadmap");
        for (WorkItem item : workItems) {
            items.put(item.id(), item);
            childrenByScope.computeIfAbsent(item.siblingScope(), scope -> new ArrayList<>()).add(item);
        }
        childrenByScope.values().forEach(children -> children.sort(SIBLING_ORDER));
        links.forEach(this::indexDependency);
    }

    public Roadmap roadmap() {
        return roadmap;
    }

    public int size() {
        return items.size();
    }

    public Optional<WorkItem> find(UUID id) {
        return Optional.ofNullable(items.get(id));
    }

    public WorkItem item(UUID id) {
        WorkItem item = items.get(id);
        if (item == null) {
            throw new IllegalArgumentException("no work item " + id + " in roadmap " + roadmap.name());
        }
        return item;
    }

    public Collection<WorkItem> items() {
        return items.values();
    }

    /** Children of {@code parentId} in order; {@code null} for the top-level items. */
    public List<WorkItem> children(UUID parentId) {
        return List.copyOf(childrenByScope.getOrDefault(parentId == null ? roadmap.id() : parentId, List.of()));
    }

    public boolean hasChildren(UUID id) {
        return !childrenByScope.getOrDefault(id, List.of()).isEmpty();
    }

    /** The item and every item below it, parents before children, in outline order. */
    public List<WorkItem> subtree(UUID id) {
        List<WorkItem> result = new ArrayList<>();
        collect(item(id), result);
        return result;
    }

    private void collect(WorkItem item, List<WorkItem> into) {
        into.add(item);
        for (WorkItem child : childrenByScope.getOrDefault(item.id(), List.of())) {
            collect(child, into);
        }
    }

    /** Every item in outline order (depth first, siblings by rank). */
    public List<WorkItem> outline() {
        List<WorkItem> result = new ArrayList<>(items.size());
        for (WorkItem top : childrenByScope.getOrDefault(roadmap.id(), List.of())) {
            collect(top, result);
        }
        return result;
    }

    /** 0 for a top-level item. */
    public int depth(UUID id) {
        int depth = 0;
        for (UUID parent = item(id).parentId(); parent != null; parent = item(parent).parentId()) {
            depth++;
        }
        return depth;
    }

    public boolean isAncestor(UUID ancestorId, UUID id) {
        for (UUID parent = item(id).parentId(); parent != null; parent = item(parent).parentId()) {
            if (parent.equals(ancestorId)) {
                return true;
            }
        }
        return false;
    }

    /** The derived WBS code, e.g. {@code 2.1.3}. */
    public String wbs(UUID id) {
        ensureNumbered();
        String code = wbsCodes.get(id);
        if (code == null) {
            throw new IllegalArgumentException("no work item " + id);
        }
        return code;
    }

    public Optional<UUID> findByWbs(String code) {
        ensureNumbered();
        return Optional.ofNullable(idsByWbs.get(code == null ? null : code.strip()));
    }

    /** 1-based position in the outline, as MS Project's ID column. */
    public int outlineNumber(UUID id) {
        ensureNumbered();
        return outlineIndex.get(id);
    }

    private void ensureNumbered() {
        if (wbsCodes != null) {
            return;
        }
        Map<UUID, String> codes = HashMap.newHashMap(items.size());
        Map<String, UUID> ids = HashMap.newHashMap(items.size());
        Map<UUID, Integer> positions = HashMap.newHashMap(items.size());
        number(roadmap.id(), "", codes, ids, positions);
        wbsCodes = codes;
        idsByWbs = ids;
        outlineIndex = positions;
    }

    private void number(UUID scope, String prefix, Map<UUID, String> codes, Map<String, UUID> ids,
                        Map<UUID, Integer> positions) {
        // iterative over siblings, recursive over depth: plans are shallow but wide
        List<WorkItem> children = childrenByScope.getOrDefault(scope, List.of());
        for (int i = 0; i < children.size(); i++) {
            WorkItem child = children.get(i);
            String code = prefix + (i + 1);
            codes.put(child.id(), code);
            ids.put(code, child.id());
            positions.put(child.id(), positions.size() + 1);
            number(child.id(), code + ".", codes, ids, positions);
        }
    }

    // ---- dependencies

    public Collection<Dependency> dependencies() {
        return dependencies.values();
    }

    public Optional<Dependency> findDependency(UUID id) {
        return Optional.ofNullable(dependencies.get(id));
    }

    public List<Dependency> predecessorsOf(UUID itemId) {
        return List.copyOf(incoming.getOrDefault(itemId, List.of()));
    }

    public List<Dependency> successorsOf(UUID itemId) {
        return List.copyOf(outgoing.getOrDefault(itemId, List.of()));
    }

    /** Links into or out of any of the given items (those that go when the items are deleted). */
    public List<Dependency> dependenciesTouching(Collection<UUID> itemIds) {
        return dependencies.values().stream()
                .filter(d -> itemIds.contains(d.predecessorId()) || itemIds.contains(d.successorId()))
                .toList();
    }

    // ---- changes, applied after the database accepted them

    /** Inserts or replaces an item; moves it when its parent or rank changed. */
    public void put(WorkItem item) {
        WorkItem previous = items.put(item.id(), item);
        if (previous != null) {
            childrenByScope.get(previous.siblingScope()).remove(previous);
        }
        List<WorkItem> siblings = childrenByScope.computeIfAbsent(item.siblingScope(), scope -> new ArrayList<>());
        int at = java.util.Collections.binarySearch(siblings, item, SIBLING_ORDER);
        siblings.add(at < 0 ? -at - 1 : at, item);
        if (previous == null || !previous.siblingScope().equals(item.siblingScope())
                || !previous.sortKey().equals(item.sortKey())) {
            wbsCodes = null;
        }
    }

    /** Removes one item (its children must have gone first) and the links that touch it. */
    public void remove(UUID id) {
        WorkItem removed = items.remove(id);
        if (removed == null) {
            return;
        }
        childrenByScope.get(removed.siblingScope()).remove(removed);
        childrenByScope.remove(id);
        for (Dependency link : List.copyOf(incoming.getOrDefault(id, List.of()))) {
            removeDependency(link.id());
        }
        for (Dependency link : List.copyOf(outgoing.getOrDefault(id, List.of()))) {
            removeDependency(link.id());
        }
        wbsCodes = null;
    }

    /** Adds or replaces a link; links with an end outside this roadmap are kept by the database only. */
    public void putDependency(Dependency dependency) {
        removeDependency(dependency.id());
        indexDependency(dependency);
    }

    public void removeDependency(UUID id) {
        Dependency removed = dependencies.remove(id);
        if (removed != null) {
            incoming.get(removed.successorId()).remove(removed);
            outgoing.get(removed.predecessorId()).remove(removed);
        }
    }

    private void indexDependency(Dependency dependency) {
        if (!items.containsKey(dependency.predecessorId()) || !items.containsKey(dependency.successorId())) {
            return;
        }
        dependencies.put(dependency.id(), dependency);
        incoming.computeIfAbsent(dependency.successorId(), id -> new ArrayList<>()).add(dependency);
        outgoing.computeIfAbsent(dependency.predecessorId(), id -> new ArrayList<>()).add(dependency);
    }
}
