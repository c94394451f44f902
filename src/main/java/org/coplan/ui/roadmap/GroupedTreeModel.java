package org.coplan.ui.roadmap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.scene.control.TreeItem;
import org.coplan.domain.RoadmapPlan;
import org.coplan.domain.WorkItem;
import org.coplan.l10n.Messages;
import org.coplan.service.edit.Edit;

/**
 * The tree's rows grouped into swimlanes (see {@link ItemGroups}): a {@link GroupTreeItem} per lane with
 * the lane's items below it as leaves. Any edit may move an item to another lane (its lead state changed)
 * or add and remove items, so every edit sorts the lanes again; the rows themselves are reused, so the
 * selection and a collapsed lane survive it.
 */
final class GroupedTreeModel implements TreeRows {

    private final RoadmapPlan plan;
    private final Supplier<ItemGroups> groups;
    private final Messages messages;
    private final TreeItem<WorkItem> root = new TreeItem<>();
    private final Map<UUID, TreeItem<WorkItem>> rows = new HashMap<>();
    private final Map<UUID, GroupTreeItem> lanes = new HashMap<>();

    /** @param groups the grouping as of now (asked again after each edit, since states may be renamed) */
    GroupedTreeModel(RoadmapPlan plan, Supplier<ItemGroups> groups, Messages messages) {
        this.plan = plan;
        this.groups = groups;
        this.messages = messages;
        root.setExpanded(true);
        regroup();
    }

    @Override
    public TreeItem<WorkItem> root() {
        return root;
    }

    @Override
    public RoadmapPlan plan() {
        return plan;
    }

    @Override
    public TreeItem<WorkItem> existingRow(UUID id) {
        return rows.get(id);
    }

    @Override
    public TreeItem<WorkItem> reveal(UUID id) {
        TreeItem<WorkItem> row = rows.get(id);
        if (row != null && row.getParent() != null) {
            row.getParent().setExpanded(true);
        }
        return row;
    }

    @Override
    public boolean apply(Edit edit) {
        regroup();
        return true;
    }

    private void regroup() {
        List<ItemGroup> wanted = groups.get().lanes(plan);
        Set<UUID> present = new HashSet<>();
        List<GroupTreeItem> laneRows = new ArrayList<>(wanted.size());
        List<List<TreeItem<WorkItem>>> laneChildren = new ArrayList<>(wanted.size());
        for (ItemGroup group : wanted) {
            GroupTreeItem lane = lanes.computeIfAbsent(group.key(), GroupTreeItem::new);
            lane.setLabel(messages.tr("ui.roadmap.group.lane", group.label(), group.items().size()));
            laneRows.add(lane);
            List<TreeItem<WorkItem>> children = new ArrayList<>(group.items().size());
            for (WorkItem item : group.items()) {
                children.add(rowFor(item));
                present.add(item.id());
            }
            laneChildren.add(children);
        }
        rows.keySet().retainAll(present);
        // first take every moved row out of its old lane, so that no row sits in two child lists at once
        for (int i = 0; i < laneRows.size(); i++) {
            Set<TreeItem<WorkItem>> keep = new HashSet<>(laneChildren.get(i));
            laneRows.get(i).getChildren().removeIf(child -> !keep.contains(child));
        }
        Set<GroupTreeItem> keptLanes = new HashSet<>(laneRows);
        for (TreeItem<WorkItem> old : root.getChildren()) {
            if (!keptLanes.contains(old)) {
                old.getChildren().clear();
            }
        }
        lanes.values().retainAll(keptLanes);
        for (int i = 0; i < laneRows.size(); i++) {
            if (!laneRows.get(i).getChildren().equals(laneChildren.get(i))) {
                laneRows.get(i).getChildren().setAll(laneChildren.get(i));
            }
        }
        if (!root.getChildren().equals(laneRows)) {
            root.getChildren().setAll(laneRows);
        }
    }

    private TreeItem<WorkItem> rowFor(WorkItem item) {
        TreeItem<WorkItem> row = rows.computeIfAbsent(item.id(), id -> new TreeItem<>(item));
        if (!item.equals(row.getValue())) {
            row.setValue(item);
        }
        return row;
    }
}
