package org.coplan.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.domain.RoadmapPlan;
import org.coplan.domain.WorkItem;

/**
 * The rows a planner selected, reduced to what an outline action works on: the top-most ones (a selected
 * row inside a selected branch goes with its branch), in outline order.
 */
final class Selection {

    private Selection() {
    }

    static List<UUID> topMost(RoadmapPlan plan, Collection<UUID> ids) {
        Set<UUID> selected = new LinkedHashSet<>(ids);
        selected.remove(null);
        for (UUID id : selected) {
            if (plan.find(id).isEmpty()) {
                throw PlanRuleViolation.of("rule.item-unknown", plan.roadmap().name());
            }
        }
        List<UUID> roots = new ArrayList<>();
        for (UUID id : selected) {
            if (!hasSelectedAncestor(plan, id, selected)) {
                roots.add(id);
            }
        }
        roots.sort(Comparator.comparingInt(plan::outlineNumber));
        return roots;
    }

    // walks up rather than comparing every pair: "select all" in a large plan stays linear
    private static boolean hasSelectedAncestor(RoadmapPlan plan, UUID id, Set<UUID> selected) {
        for (UUID parent = plan.item(id).parentId(); parent != null; parent = plan.item(parent).parentId()) {
            if (selected.contains(parent)) {
                return true;
            }
        }
        return false;
    }

    /** The branches of the top-most selected rows, parents before children, in outline order. */
    static List<WorkItem> branches(RoadmapPlan plan, Collection<UUID> ids) {
        List<WorkItem> items = new ArrayList<>();
        for (UUID root : topMost(plan, ids)) {
            items.addAll(plan.subtree(root));
        }
        return items;
    }

    static Set<UUID> idsOf(Collection<WorkItem> items) {
        Set<UUID> ids = HashSet.newHashSet(items.size());
        items.forEach(item -> ids.add(item.id()));
        return ids;
    }
}
