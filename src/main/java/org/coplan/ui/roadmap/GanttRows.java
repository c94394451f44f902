package org.coplan.ui.roadmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
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
import org.coplan.service.edit.CompositeEdit;
import org.coplan.service.edit.Edit;
import org.coplan.service.edit.WorkItemEdit;

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
    // how many items start (finish) on each day: the extent is the first start and the last finish, and an
    // edit updates the counts of the items it changed instead of scanning every item again
    private final NavigableMap<LocalDate, Integer> starts = new TreeMap<>();
    private final NavigableMap<LocalDate, Integer> finishes = new TreeMap<>();
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

    /** Brings the plan's extent up to date after an edit the plan has mirrored. */
    void planChanged(Edit change) {
        if (extentKnown && !follow(change)) {
            extentKnown = false;
        }
    }

    /** Counts what an edit changed; false when the counts no longer match it (the extent is measured again). */
    private boolean follow(Edit change) {
        return switch (change) {
            case CompositeEdit composite -> {
                for (Edit step : composite.steps()) {
                    if (!follow(step)) {
                        yield false;
                    }
                }
                yield true;
            }
            case WorkItemEdit.Insert insert -> {
                // the plan holds only its roadmap's items; an edit may also change other roadmaps' items
                insert.items().stream().filter(this::inPlan).forEach(item -> count(item, 1));
                yield true;
            }
            case WorkItemEdit.Delete delete -> {
                boolean known = true;
                for (WorkItem item : delete.items()) {
                    known &= !inPlan(item) || count(item, -1);
                }
                yield known;
            }
            case WorkItemEdit.Update update -> {
                if (inPlan(update.before()) != inPlan(update.after())) {
                    yield false;
                }
                yield !inPlan(update.after()) || count(update.before(), -1) & count(update.after(), 1);
            }
            default -> true;
        };
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
        return starts.isEmpty() ? null : starts.firstKey();
    }

    @Override
    public LocalDate lastDay() {
        measureExtent();
        return finishes.isEmpty() ? null : finishes.lastKey();
    }

    private void measureExtent() {
        if (extentKnown) {
            return;
        }
        // counted in hash maps first: a roadmap has far fewer distinct days than items, so only those are sorted
        Map<LocalDate, Integer> startDays = new HashMap<>();
        Map<LocalDate, Integer> finishDays = new HashMap<>();
        for (WorkItem item : rows.plan().items()) {
            startDays.merge(item.start(), 1, Integer::sum);
            finishDays.merge(item.finish(), 1, Integer::sum);
        }
        starts.clear();
        starts.putAll(startDays);
        finishes.clear();
        finishes.putAll(finishDays);
        extentKnown = true;
    }

    private boolean inPlan(WorkItem item) {
        return item.roadmapId().equals(rows.plan().roadmap().id());
    }

    /** Adds (+1) or removes (-1) an item's dates; false when a removed date was not counted. */
    private boolean count(WorkItem item, int delta) {
        return count(starts, item.start(), delta) & count(finishes, item.finish(), delta);
    }

    private static boolean count(NavigableMap<LocalDate, Integer> days, LocalDate day, int delta) {
        Integer now = days.get(day);
        int next = (now == null ? 0 : now) + delta;
        if (next < 0) {
            return false;
        }
        if (next == 0) {
            days.remove(day);
        } else {
            days.put(day, next);
        }
        return true;
    }
}
