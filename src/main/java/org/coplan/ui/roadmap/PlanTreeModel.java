package org.coplan.ui.roadmap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;
import org.coplan.domain.RoadmapPlan;
import org.coplan.domain.WorkItem;
import org.coplan.service.edit.BaselineEdit;
import org.coplan.service.edit.CompositeEdit;
import org.coplan.service.edit.DependencyEdit;
import org.coplan.service.edit.Edit;
import org.coplan.service.edit.ProgrammeEdit;
import org.coplan.service.edit.ReferenceEdit;
import org.coplan.service.edit.RoadmapEdit;
import org.coplan.service.edit.WorkItemEdit;

/**
 * The tree rows of one open roadmap, made lazily from its {@link RoadmapPlan} and kept in step with edits:
 * a changed item replaces the value of its row; rows that were added, removed or moved rebuild only the
 * child lists of the parents concerned, reusing the existing rows so that expansion survives.
 */
final class PlanTreeModel implements TreeRows {

    /** Plans below this size open fully expanded; larger ones show their top level only. */
    static final int EXPAND_ALL_BELOW = 2_000;

    private final RoadmapPlan plan;
    private final PlanTreeItem root;
    private final Map<UUID, PlanTreeItem> rows = new HashMap<>();

    PlanTreeModel(RoadmapPlan plan) {
        this.plan = plan;
        this.root = new PlanTreeItem(this, plan.roadmap().id());
        root.setExpanded(true);
        if (plan.size() < EXPAND_ALL_BELOW) {
            expandBelow(root);
        }
    }

    @Override
    public TreeItem<WorkItem> root() {
        return root;
    }

    @Override
    public RoadmapPlan plan() {
        return plan;
    }

    /** How many rows exist so far: those of the roadmap's items a planner has opened, not all of them. */
    int createdRows() {
        return rows.size();
    }

    boolean hasChildren(PlanTreeItem row) {
        return plan.hasChildren(row.scope());
    }

    List<TreeItem<WorkItem>> childrenOf(PlanTreeItem row) {
        List<WorkItem> children = plan.children(row == root ? null : row.scope());
        List<TreeItem<WorkItem>> result = new ArrayList<>(children.size());
        for (WorkItem child : children) {
            result.add(rowFor(child));
        }
        return result;
    }

    private PlanTreeItem rowFor(WorkItem item) {
        PlanTreeItem row = rows.get(item.id());
        if (row == null) {
            row = new PlanTreeItem(this, item);
            rows.put(item.id(), row);
        } else if (!item.equals(row.getValue())) {
            row.setValue(item);
        }
        return row;
    }

    private void expandBelow(TreeItem<WorkItem> parent) {
        for (TreeItem<WorkItem> child : parent.getChildren()) {
            if (!child.isLeaf()) {
                child.setExpanded(true);
                expandBelow(child);
            }
        }
    }

    /** The row of an item, once it exists (its parent has been opened). */
    @Override
    public TreeItem<WorkItem> existingRow(UUID id) {
        return rows.get(id);
    }

    /** The row of an item, opening its ancestors so that it is shown; null when it is not in the plan. */
    @Override
    public TreeItem<WorkItem> reveal(UUID id) {
        if (plan.find(id).isEmpty()) {
            return null;
        }
        List<UUID> ancestors = new ArrayList<>();
        for (UUID parent = plan.item(id).parentId(); parent != null; parent = plan.item(parent).parentId()) {
            ancestors.add(parent);
        }
        root.getChildren();
        for (UUID ancestor : ancestors.reversed()) {
            PlanTreeItem row = rows.get(ancestor);
            if (row == null) {
                return null;
            }
            row.getChildren();
            row.setExpanded(true);
        }
        return rows.get(id);
    }

    /**
     * Brings the rows in step with an edit the plan already mirrors. Returns true when rows were added,
     * removed or moved (the WBS codes of others may have changed with them).
     */
    @Override
    public boolean apply(Edit edit) {
        Set<UUID> parents = new LinkedHashSet<>();
        Set<UUID> changed = new LinkedHashSet<>();
        Set<UUID> removed = new HashSet<>();
        collect(edit, parents, changed, removed);
        for (UUID id : removed) {
            if (plan.find(id).isEmpty()) {
                rows.remove(id);
            }
        }
        for (UUID id : changed) {
            PlanTreeItem row = rows.get(id);
            if (row != null) {
                plan.find(id).ifPresent(row::setValue);
            }
        }
        List<PlanTreeItem> rebuilt = new ArrayList<>();
        for (UUID parent : parents) {
            PlanTreeItem row = parent.equals(plan.roadmap().id()) ? root : rows.get(parent);
            if (row != null && row.isLoaded() && (row == root || plan.find(parent).isPresent())) {
                rebuilt.add(row);
            }
        }
        // first take every moved row out of its old parent, so that no row sits in two child lists at once
        List<List<TreeItem<WorkItem>>> wanted = new ArrayList<>(rebuilt.size());
        for (PlanTreeItem row : rebuilt) {
            List<TreeItem<WorkItem>> children = childrenOf(row);
            wanted.add(children);
            Set<TreeItem<WorkItem>> keep = new HashSet<>(children);
            row.getChildren().removeIf(child -> !keep.contains(child));
        }
        for (int i = 0; i < rebuilt.size(); i++) {
            ObservableList<TreeItem<WorkItem>> children = rebuilt.get(i).getChildren();
            if (!children.equals(wanted.get(i))) {
                children.setAll(wanted.get(i));
            }
        }
        return !parents.isEmpty();
    }

    private static void collect(Edit edit, Set<UUID> parents, Set<UUID> changed, Set<UUID> removed) {
        switch (edit) {
            case CompositeEdit composite -> composite.steps().forEach(step -> collect(step, parents, changed, removed));
            case WorkItemEdit.Insert insert -> insert.items().forEach(item -> {
                parents.add(item.siblingScope());
                changed.add(item.id());
            });
            case WorkItemEdit.Delete delete -> delete.items().forEach(item -> {
                parents.add(item.siblingScope());
                removed.add(item.id());
            });
            case WorkItemEdit.Update update -> {
                changed.add(update.after().id());
                if (!update.before().siblingScope().equals(update.after().siblingScope())
                        || !update.before().sortKey().equals(update.after().sortKey())) {
                    parents.add(update.before().siblingScope());
                    parents.add(update.after().siblingScope());
                }
            }
            case DependencyEdit _, ProgrammeEdit _, RoadmapEdit _, ReferenceEdit _, BaselineEdit _ -> {
                // no row changes its place; the predecessors column is repainted by the view
            }
        }
    }
}
