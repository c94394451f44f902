package org.coplan.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coplan.domain.Dependency;
import org.coplan.domain.Ids;
import org.coplan.domain.Rank;
import org.coplan.domain.RoadmapPlan;
import org.coplan.domain.WorkItem;

/** Copying branches out of a plan and making fresh copies of them (new ids, links remapped) to paste. */
final class RowClipboard {

    private final RoadmapPlan plan;
    private final Clock clock;

    RowClipboard(RoadmapPlan plan, Clock clock) {
        this.plan = plan;
        this.clock = clock;
    }

    CopiedRows copy(List<UUID> ids) {
        List<WorkItem> items = Selection.branches(plan, ids);
        Set<UUID> copied = Selection.idsOf(items);
        List<Dependency> links = plan.dependenciesTouching(copied).stream()
                .filter(link -> copied.contains(link.predecessorId()) && copied.contains(link.successorId()))
                .toList();
        return new CopiedRows(items, links);
    }

    /**
     * Copies placed above {@code selected} among its siblings, or after the last top-level row when nothing
     * is selected. Rows below a copied root keep their keys: they were unique among the same siblings.
     */
    Pasted prepare(CopiedRows rows, WorkItem selected) {
        UUID parentId = selected == null ? null : selected.parentId();
        String upper = selected == null ? null : selected.sortKey();
        String lower = lowerNeighbourKey(selected);
        Set<UUID> copiedIds = Selection.idsOf(rows.items());
        Map<UUID, UUID> newIds = new HashMap<>();
        rows.items().forEach(item -> newIds.put(item.id(), Ids.newId(clock)));

        List<WorkItem> items = new ArrayList<>(rows.items().size());
        for (WorkItem item : rows.items()) {
            boolean root = item.parentId() == null || !copiedIds.contains(item.parentId());
            if (root) {
                lower = Rank.between(lower, upper);
                items.add(item.withIdentity(newIds.get(item.id()), plan.roadmap().id(), parentId, lower));
            } else {
                items.add(item.withIdentity(newIds.get(item.id()), plan.roadmap().id(),
                        newIds.get(item.parentId()), item.sortKey()));
            }
        }
        List<Dependency> links = rows.links().stream()
                .map(link -> new Dependency(Ids.newId(clock), newIds.get(link.predecessorId()),
                        newIds.get(link.successorId()), link.type(), link.lagDays(), link.lagUnit()))
                .toList();
        return new Pasted(items, links);
    }

    private String lowerNeighbourKey(WorkItem selected) {
        List<WorkItem> siblings = plan.children(selected == null ? null : selected.parentId());
        if (selected == null) {
            return siblings.isEmpty() ? null : siblings.getLast().sortKey();
        }
        int at = siblings.indexOf(selected);
        return at > 0 ? siblings.get(at - 1).sortKey() : null;
    }

    record Pasted(List<WorkItem> items, List<Dependency> links) {
    }
}
