package org.coplan.service.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.coplan.domain.Dependency;
import org.coplan.domain.Rank;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.l10n.Problem;
import org.coplan.scheduling.ScheduleCycleException;
import org.coplan.service.FullPass;
import org.coplan.service.edit.DependencyEdit;
import org.coplan.service.edit.Edit;
import org.coplan.service.edit.WorkItemEdit;

/**
 * The update of an existing roadmap from a newer version of a file imported into it before, as MS Project
 * users expect of "merge": a task the roadmap already has (by the file's GUID or unique id, remembered at the
 * last import) changes that item, keeping what only Coplan knows of it (lead state, organisation, priority
 * area, deliverable); a new task adds an item; an item an earlier import made that the file no longer has is
 * removed; items made in Coplan are kept where they are, after the file's items among their siblings. The
 * result is rescheduled and written as one edit, so one undo takes the whole update back.
 */
final class RoadmapUpdate {

    private final ImportPrepared prepared;
    private final Map<UUID, WorkItem> existing;
    private final List<Dependency> touching;
    private final Set<UUID> importedBefore;
    private final Map<UUID, UUID> leads;

    /**
     * @param existing the roadmap's items
     * @param touching every link into or out of them
     * @param importedBefore the items earlier imports made (removed when the file no longer has them)
     * @param leads lead organisations from the file's resources, by item id, replacing the items' own
     */
    RoadmapUpdate(ImportPrepared prepared, List<WorkItem> existing, List<Dependency> touching,
                  Set<UUID> importedBefore, Map<UUID, UUID> leads) {
        this.leads = leads;
        this.prepared = prepared;
        this.existing = new LinkedHashMap<>();
        existing.forEach(item -> this.existing.put(item.id(), item));
        this.touching = touching;
        this.importedBefore = importedBefore;
    }

    /** The edit (empty when nothing changes), what it does, and the items as they will be stored. */
    record Result(List<Edit> steps, ImportChanges changes, List<WorkItem> items, List<Dependency> links) {
    }

    Result compute(Problem label) {
        Set<UUID> fromFile = new HashSet<>();
        prepared.items().forEach(item -> fromFile.add(item.id()));
        List<WorkItem> removed = new ArrayList<>();
        List<WorkItem> kept = new ArrayList<>();
        for (WorkItem item : existing.values()) {
            if (!fromFile.contains(item.id())) {
                (importedBefore.contains(item.id()) ? removed : kept).add(item);
            }
        }
        Set<UUID> removedIds = new HashSet<>();
        removed.forEach(item -> removedIds.add(item.id()));

        Map<UUID, WorkItem> merged = new LinkedHashMap<>();
        for (WorkItem item : prepared.items()) {
            WorkItem before = existing.get(item.id());
            WorkItem lead = leads.containsKey(item.id()) ? item.withResponsibility(item.leadStateId(),
                    leads.get(item.id()), item.participatingStateIds(), item.priorityAreaId()) : item;
            merged.put(item.id(), before == null ? lead : new WorkItem(before.id(), before.roadmapId(),
                    item.parentId(), before.sortKey(), item.name(), item.kind(), item.start(), item.finish(),
                    item.durationDays(), item.percentComplete(), before.leadStateId(),
                    leads.getOrDefault(before.id(), before.leadOrganizationId()),
                    before.participatingStateIds(), before.priorityAreaId(), before.deliverable(), item.notes(),
                    item.constraint(), item.manual()));
        }
        kept.sort(Comparator.comparing(WorkItem::sortKey));
        for (WorkItem item : kept) {
            merged.put(item.id(), item.withPlace(survivingAncestor(item, removedIds), item.sortKey()));
        }
        List<WorkItem> outline = outline(merged);
        List<Dependency> links = links(merged.keySet(), removedIds);
        List<WorkItem> scheduled = schedule(outline, links, fromFile);
        return new Result(steps(scheduled, links, removed, removedIds, label),
                changes(scheduled, removed.size(), kept.size()), scheduled, links);
    }

    /** A kept item under a removed parent moves up to the nearest ancestor that stays (or to the top). */
    private UUID survivingAncestor(WorkItem item, Set<UUID> removedIds) {
        UUID parent = item.parentId();
        while (parent != null && removedIds.contains(parent)) {
            WorkItem gone = existing.get(parent);
            parent = gone == null ? null : gone.parentId();
        }
        return parent;
    }

    /**
     * Parents before children, siblings in the file's order then the kept items'; an item with children is a
     * phase; sort keys stay as they are when nothing moved, else every item gets a fresh one.
     */
    private List<WorkItem> outline(Map<UUID, WorkItem> merged) {
        Map<UUID, List<WorkItem>> children = new HashMap<>();
        List<WorkItem> roots = new ArrayList<>();
        for (WorkItem item : merged.values()) {
            boolean placed = item.parentId() != null && merged.containsKey(item.parentId());
            (placed ? children.computeIfAbsent(item.parentId(), id -> new ArrayList<>()) : roots).add(item);
        }
        List<List<WorkItem>> scopes = new ArrayList<>();
        List<WorkItem> ordered = new ArrayList<>(merged.size());
        collect(roots, children, ordered, scopes);
        boolean unmoved = scopes.stream().allMatch(this::keepsPlaces);
        String fresh = unmoved ? null : existing.values().stream().map(WorkItem::sortKey)
                .max(Comparator.naturalOrder()).map(Rank::after).orElse("");
        Map<UUID, String> keys = new HashMap<>();
        for (List<WorkItem> siblings : scopes) {
            if (unmoved) {
                keys.putAll(keysAmongKept(siblings));
            } else {
                for (int i = 0; i < siblings.size(); i++) {
                    keys.put(siblings.get(i).id(), fresh + Rank.initial(i));
                }
            }
        }
        List<WorkItem> result = new ArrayList<>(ordered.size());
        for (WorkItem item : ordered) {
            WorkItem placed = item.withPlace(merged.containsKey(item.parentId()) ? item.parentId() : null,
                    keys.get(item.id()));
            boolean parent = children.containsKey(item.id());
            result.add(parent && placed.kind() != WorkItemKind.PHASE
                    ? placed.withSchedule(WorkItemKind.PHASE, placed.start(), placed.finish(),
                    placed.durationDays())
                    : placed);
        }
        return result;
    }

    private static void collect(List<WorkItem> siblings, Map<UUID, List<WorkItem>> children, List<WorkItem> ordered,
                                List<List<WorkItem>> scopes) {
        scopes.add(siblings);
        for (WorkItem item : siblings) {
            ordered.add(item);
            List<WorkItem> below = children.get(item.id());
            if (below != null) {
                collect(below, children, ordered, scopes);
            }
        }
    }

    /** Whether the items already there keep their parent and their order among these siblings. */
    private boolean keepsPlaces(List<WorkItem> siblings) {
        String last = null;
        for (WorkItem item : siblings) {
            WorkItem before = existing.get(item.id());
            if (before == null) {
                continue;
            }
            if (!Objects.equals(before.parentId(), item.parentId())
                    || (last != null && before.sortKey().compareTo(last) <= 0)) {
                return false;
            }
            last = before.sortKey();
        }
        return true;
    }

    /**
     * Keys for new siblings between the kept keys around them, avoiding every key the scope holds now (items
     * about to be removed included: they are deleted after the new ones are inserted).
     */
    private Map<UUID, String> keysAmongKept(List<WorkItem> siblings) {
        Set<String> taken = new HashSet<>();
        UUID scope = siblings.isEmpty() ? null : siblings.getFirst().siblingScope();
        existing.values().stream().filter(item -> item.siblingScope().equals(scope))
                .forEach(item -> taken.add(item.sortKey()));
        Map<UUID, String> keys = new HashMap<>();
        String previous = null;
        for (int i = 0; i < siblings.size(); i++) {
            WorkItem item = siblings.get(i);
            WorkItem before = existing.get(item.id());
            if (before != null) {
                previous = before.sortKey();
            } else {
                String next = null;
                for (int j = i + 1; j < siblings.size() && next == null; j++) {
                    WorkItem later = existing.get(siblings.get(j).id());
                    next = later == null ? null : later.sortKey();
                }
                String key = Rank.between(previous, next);
                while (taken.contains(key)) {
                    key = Rank.between(previous, key);
                }
                taken.add(key);
                previous = key;
            }
            keys.put(item.id(), previous);
        }
        return keys;
    }

    /**
     * The file's links among the items, each keeping the id of the link the pair has already; and the links
     * made in Coplan that touch a kept item or another roadmap. Links among the file's items that the file
     * no longer has go.
     */
    private List<Dependency> links(Set<UUID> items, Set<UUID> removedIds) {
        Map<List<UUID>, Dependency> byPair = new HashMap<>();
        touching.forEach(link -> byPair.put(List.of(link.predecessorId(), link.successorId()), link));
        Set<UUID> fromFile = new HashSet<>();
        prepared.items().forEach(item -> fromFile.add(item.id()));
        List<Dependency> result = new ArrayList<>();
        Set<List<UUID>> pairs = new HashSet<>();
        for (Dependency link : prepared.links()) {
            List<UUID> pair = List.of(link.predecessorId(), link.successorId());
            Dependency before = byPair.get(pair);
            pairs.add(pair);
            result.add(before == null ? link : new Dependency(before.id(), link.predecessorId(),
                    link.successorId(), link.type(), link.lagDays(), link.lagUnit()));
        }
        for (Dependency link : touching) {
            boolean ownedByFile = (fromFile.contains(link.predecessorId()) || removedIds.contains(link.predecessorId()))
                    && (fromFile.contains(link.successorId()) || removedIds.contains(link.successorId()));
            boolean gone = removedIds.contains(link.predecessorId()) || removedIds.contains(link.successorId());
            if (!ownedByFile && !gone && !pairs.contains(List.of(link.predecessorId(), link.successorId()))) {
                result.add(link);
            }
        }
        return result;
    }

    /** File items no link drives keep their dates (as at the first import); items made in Coplan keep theirs. */
    private List<WorkItem> schedule(List<WorkItem> outline, List<Dependency> links, Set<UUID> fromFile) {
        if (outline.isEmpty()) {
            return outline;
        }
        Set<UUID> ids = new HashSet<>();
        outline.forEach(item -> ids.add(item.id()));
        List<Dependency> inside = links.stream()
                .filter(link -> ids.contains(link.predecessorId()) && ids.contains(link.successorId())).toList();
        List<WorkItem> anchored = FullPass.anchorUndriven(outline, inside);
        List<WorkItem> inputs = new ArrayList<>(outline.size());
        for (int i = 0; i < outline.size(); i++) {
            inputs.add(fromFile.contains(outline.get(i).id()) ? anchored.get(i) : outline.get(i));
        }
        LocalDate projectStart = inputs.stream().map(WorkItem::start).min(Comparator.naturalOrder()).orElseThrow();
        try {
            return FullPass.schedule(inputs, inside, projectStart, item -> prepared.calendar());
        } catch (ScheduleCycleException cycle) {
            throw ImportRefused.of("import.error.cycle", prepared.namesOf(cycle.cycle()));
        }
    }

    private List<Edit> steps(List<WorkItem> scheduled, List<Dependency> links, List<WorkItem> removed,
                             Set<UUID> removedIds, Problem label) {
        Map<UUID, Dependency> linksBefore = new HashMap<>();
        touching.forEach(link -> linksBefore.put(link.id(), link));
        Set<UUID> linkIds = new HashSet<>();
        links.forEach(link -> linkIds.add(link.id()));
        List<Edit> steps = new ArrayList<>();
        List<Dependency> goingWithItems = new ArrayList<>();
        for (Dependency link : touching) {
            if (removedIds.contains(link.predecessorId()) || removedIds.contains(link.successorId())) {
                goingWithItems.add(link);
            } else if (!linkIds.contains(link.id())) {
                steps.add(new DependencyEdit.Delete(link, label));
            }
        }
        List<WorkItem> added = scheduled.stream().filter(item -> !existing.containsKey(item.id())).toList();
        if (!added.isEmpty()) {
            steps.add(new WorkItemEdit.Insert(added, List.of(), label));
        }
        for (WorkItem item : scheduled) {
            WorkItem before = existing.get(item.id());
            if (before != null && !before.equals(item)) {
                steps.add(new WorkItemEdit.Update(before, item, label));
            }
        }
        if (!removed.isEmpty()) {
            steps.add(new WorkItemEdit.Delete(inOutlineOrder(removed), goingWithItems, label));
        }
        for (Dependency link : links) {
            Dependency before = linksBefore.get(link.id());
            if (before == null) {
                steps.add(new DependencyEdit.Insert(link, label));
            } else if (!before.equals(link)) {
                steps.add(new DependencyEdit.Update(before, link, label));
            }
        }
        return steps;
    }

    /** Parents before children, as a delete (and its undo) needs them. */
    private static List<WorkItem> inOutlineOrder(List<WorkItem> items) {
        Map<UUID, WorkItem> byId = new HashMap<>();
        items.forEach(item -> byId.put(item.id(), item));
        Map<UUID, Integer> depth = new HashMap<>();
        for (WorkItem item : items) {
            int level = 0;
            for (UUID parent = item.parentId(); parent != null && byId.containsKey(parent);
                 parent = byId.get(parent).parentId()) {
                level++;
            }
            depth.put(item.id(), level);
        }
        return items.stream().sorted(Comparator.comparing(item -> depth.get(item.id()))).toList();
    }

    private ImportChanges changes(List<WorkItem> scheduled, int removed, int kept) {
        int added = 0;
        int changed = 0;
        for (WorkItem item : scheduled) {
            WorkItem before = existing.get(item.id());
            if (before == null) {
                added++;
            } else if (!before.equals(item)) {
                changed++;
            }
        }
        return new ImportChanges(added, changed, removed, kept);
    }
}
