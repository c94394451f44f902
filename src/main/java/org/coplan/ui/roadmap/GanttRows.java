package org.coplan.ui.roadmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import org.coplan.domain.DateRange;
import org.coplan.domain.Dependency;
import org.coplan.domain.RoadmapPlan;
import org.coplan.domain.WorkItem;
import org.coplan.gantt.GanttBar;
import org.coplan.gantt.GanttLane;
import org.coplan.gantt.GanttLink;
import org.coplan.gantt.GanttModel;

/**
 * The Gantt chart's rows are the tree's rows: row {@code i} of the chart is the {@code i}-th expanded row of
 * the tree, so they line up, and expanding or collapsing a branch changes both. Keys are work-item ids.
 * Critical flags and baselines come from functions the scheduler and the baseline picker can set; until then
 * no bar is critical and none has a baseline. Rows grouped into swimlanes have a lane header for each
 * {@link GroupTreeItem}.
 */
final class GanttRows implements GanttModel {

    private final TreeTableView<WorkItem> tree;
    private final TreeRows rows;
    private Predicate<UUID> critical = id -> false;
    private Function<UUID, LocalDate> lateFinish = id -> null;
    private Function<UUID, DateRange> baseline = id -> null;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private boolean extentKnown;

    GanttRows(TreeTableView<WorkItem> tree, TreeRows rows) {
        this.tree = tree;
        this.rows = rows;
    }

    /** Which items the scheduler marks critical. */
    void setCritical(Predicate<UUID> value) {
        critical = value;
    }

    /** The compared baseline's dates of an item, or null. */
    void setBaseline(Function<UUID, DateRange> value) {
        baseline = value;
    }

    /** The engine's late finish of an item, for the slack bars. */
    void setLateFinish(Function<UUID, LocalDate> value) {
        lateFinish = value;
    }

    /** Forgets the plan's extent after an edit. */
    void planChanged() {
        extentKnown = false;
    }

    @Override
    public int rowCount() {
        return tree.getExpandedItemCount();
    }

    @Override
    public GanttBar bar(int row) {
        TreeItem<WorkItem> item = tree.getTreeItem(row);
        return item == null || item.getValue() == null ? null : bar(item.getValue());
    }

    GanttBar bar(WorkItem item) {
        GanttBar.Kind kind = switch (item.kind()) {
            case PHASE -> GanttBar.Kind.SUMMARY;
            case ACTIVITY -> GanttBar.Kind.ACTIVITY;
            case MILESTONE -> GanttBar.Kind.MILESTONE;
        };
        DateRange compared = baseline.apply(item.id());
        return new GanttBar(item.id(), item.name(), kind, item.start(), item.finish(), item.percentComplete(),
                compared == null ? null : compared.start(), compared == null ? null : compared.finish(),
                critical.test(item.id()));
    }

    @Override
    public GanttLane lane(int row) {
        return tree.getTreeItem(row) instanceof GroupTreeItem group ? new GanttLane(group.label()) : null;
    }

    @Override
    public LocalDate lateFinish(Object key) {
        return key instanceof UUID id ? lateFinish.apply(id) : null;
    }

    @Override
    public int rowOf(Object key) {
        if (!(key instanceof UUID id)) {
            return -1;
        }
        TreeItem<WorkItem> row = rows.existingRow(id);
        return row == null ? -1 : tree.getRow(row);
    }

    @Override
    public List<GanttLink> linksOf(Object key) {
        if (!(key instanceof UUID id)) {
            return List.of();
        }
        RoadmapPlan plan = rows.plan();
        List<GanttLink> links = new ArrayList<>();
        for (Dependency dependency : plan.predecessorsOf(id)) {
            links.add(link(dependency));
        }
        for (Dependency dependency : plan.successorsOf(id)) {
            links.add(link(dependency));
        }
        return links;
    }

    private static GanttLink link(Dependency dependency) {
        return new GanttLink(dependency.id(), dependency.predecessorId(), dependency.successorId(), dependency.type());
    }

    @Override
    public LocalDate firstDay() {
        measureExtent();
        return firstDay;
    }

    @Override
    public LocalDate lastDay() {
        measureExtent();
        return lastDay;
    }

    private void measureExtent() {
        if (extentKnown) {
            return;
        }
        LocalDate first = null;
        LocalDate last = null;
        for (WorkItem item : rows.plan().items()) {
            first = first == null || item.start().isBefore(first) ? item.start() : first;
            last = last == null || item.finish().isAfter(last) ? item.finish() : last;
        }
        firstDay = first;
        lastDay = last;
        extentKnown = true;
    }
}
