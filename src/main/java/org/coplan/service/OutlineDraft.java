package org.coplan.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.coplan.domain.RoadmapPlan;
import org.coplan.domain.WorkItem;
import org.coplan.l10n.Problem;
import org.coplan.service.edit.Edit;
import org.coplan.service.edit.WorkItemEdit;

/**
 * The outline as it would be after the moves made so far in one multi-row action, without touching the
 * plan: indenting five rows moves each one relative to where the previous ones went. Every move is kept
 * as its own update, in order, so that applying them one after another passes through the same states,
 * each with unique sibling keys, as the database's sibling-order constraint requires.
 */
final class OutlineDraft {

    private static final Comparator<WorkItem> SIBLING_ORDER =
            Comparator.comparing(WorkItem::sortKey).thenComparing(WorkItem::id);

    private final RoadmapPlan plan;
    private final Problem label;
    private final Map<UUID, WorkItem> moved = new HashMap<>();
    private final Map<UUID, List<WorkItem>> siblingsByScope = new HashMap<>();
    private final List<Edit> steps = new ArrayList<>();

    OutlineDraft(RoadmapPlan plan, Problem label) {
        this.plan = plan;
        this.label = label;
    }

    WorkItem item(UUID id) {
        WorkItem changed = moved.get(id);
        return changed != null ? changed : plan.item(id);
    }

    Optional<WorkItem> previousSibling(WorkItem item) {
        List<WorkItem> siblings = siblings(item.siblingScope());
        int at = siblings.indexOf(item);
        return at > 0 ? Optional.of(siblings.get(at - 1)) : Optional.empty();
    }

    Optional<WorkItem> nextSibling(WorkItem item) {
        List<WorkItem> siblings = siblings(item.siblingScope());
        int at = siblings.indexOf(item);
        return at + 1 < siblings.size() ? Optional.of(siblings.get(at + 1)) : Optional.empty();
    }

    Optional<WorkItem> lastChild(UUID parentId) {
        List<WorkItem> children = siblings(parentId);
        return children.isEmpty() ? Optional.empty() : Optional.of(children.getLast());
    }

    void update(WorkItem before, WorkItem after) {
        siblings(before.siblingScope()).remove(before);
        List<WorkItem> target = siblings(after.siblingScope());
        int at = Collections.binarySearch(target, after, SIBLING_ORDER);
        target.add(at < 0 ? -at - 1 : at, after);
        moved.put(after.id(), after);
        steps.add(new WorkItemEdit.Update(before, after, label));
    }

    List<Edit> steps() {
        return List.copyOf(steps);
    }

    private List<WorkItem> siblings(UUID scope) {
        return siblingsByScope.computeIfAbsent(scope, id -> new ArrayList<>(
                plan.children(id.equals(plan.roadmap().id()) ? null : id)));
    }
}
