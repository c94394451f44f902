package org.coplan.ui.roadmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import org.coplan.domain.DateRange;
import org.coplan.domain.Dependency;
import org.coplan.domain.DependencyType;
import org.coplan.domain.RoadmapPlan;
import org.coplan.domain.WorkItem;
import org.coplan.gantt.GanttChart;
import org.coplan.gantt.GanttEdit;
import org.coplan.gantt.GanttEditEvent;
import org.coplan.gantt.GanttHit;
import org.coplan.gantt.GanttLegend;
import org.coplan.gantt.GanttLink;
import org.coplan.gantt.GanttZoom;
import org.coplan.scheduling.ItemTiming;
import org.coplan.gantt.TimelineLabels;
import org.coplan.l10n.Messages;
import org.coplan.service.RoadmapSession;
import org.coplan.service.edit.Edit;

/**
 * The Gantt chart beside the roadmap tree, sharing its rows: the tree's rows have the chart's fixed height,
 * the chart's header is as tall as the tree's column header, and one vertical scroll position serves both
 * (the tree's; the mouse wheel over the chart scrolls the tree). Selection is the view model's, shown in both.
 * The chart's edits become the same undoable changes the tree's cells make.
 */
final class RoadmapChart {

    /** The height of every row of the tree and the chart. */
    static final double ROW_HEIGHT = 28;
    /** The day width the chart opens at: quarters over months, a year of a multi-year programme in view. */
    static final double OPENING_DAY_WIDTH = 2;

    private final RoadmapEditorViewModel vm;
    private final Messages messages;
    private final TreeTableView<WorkItem> tree;
    private final GanttChart chart = new GanttChart();
    private final ContextMenu menu = new ContextMenu();
    private final BarColours colours;
    private TreeRows model;
    private GanttRows rows;
    private RoadmapSession session;
    private final Consumer<Set<UUID>> onTimingChanged = changed -> chart.refresh();
    private VirtualFlow<?> flow;
    private Region viewport;
    private Runnable onOpen = () -> { };
    private boolean followingTree;
    private boolean showingSelection;

    RoadmapChart(RoadmapEditorViewModel vm, Messages messages, TreeTableView<WorkItem> tree) {
        this.vm = vm;
        this.messages = messages;
        this.tree = tree;
        tree.setFixedCellSize(ROW_HEIGHT);
        chart.setRowHeight(ROW_HEIGHT);
        chart.setDayWidth(OPENING_DAY_WIDTH);
        chart.setMinWidth(0);
        chart.setAccessibleText(messages.tr("ui.roadmap.chart.heading"));
        chart.setLabels(TimelineLabels.of(messages.locale(), (quarter, year) -> year == null
                ? messages.tr("ui.gantt.quarter-short", quarter)
                : messages.tr("ui.gantt.quarter", quarter, String.valueOf(year))));
        chart.setTooltipText(new BarTooltip(vm, messages, () -> model, () -> session)::text);
        chart.setOnEdit(this::edit);
        chart.setOnContextMenuRequested(this::showMenu);
        chart.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        chart.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, event -> menu.hide());

        tree.skinProperty().addListener((observable, old, skin) -> attachToTree());
        tree.expandedItemCountProperty().addListener(observable -> {
            chart.refresh();
            followTree();
        });
        chart.verticalOffsetProperty().addListener((observable, old, offset) -> scrollTree(offset.doubleValue()));
        chart.getSelectedKeys().addListener((ListChangeListener<Object>) change -> pushSelection());
        vm.selection().addListener((ListChangeListener<UUID>) change -> showSelection());
        chart.showCriticalProperty().bindBidirectional(vm.showCriticalProperty());
        chart.showBaselineProperty().bindBidirectional(vm.showBaselineProperty());
        chart.showSlackProperty().bindBidirectional(vm.showSlackProperty());
        colours = new BarColours(vm, messages, chart, () -> model);
        // another baseline compared, or the compared one saved again: every baseline bar may change
        vm.comparedBaseline().revisionProperty().addListener((observable, old, revision) -> chart.refresh());
    }

    GanttChart chart() {
        return chart;
    }

    /** The legend of the bar colours; shown only while bars are coloured by state or area. */
    GanttLegend legend() {
        return colours.legend();
    }

    /** The zoom the chart opens at, instead of {@link #OPENING_DAY_WIDTH}. */
    void setOpeningZoom(GanttZoom zoom) {
        chart.zoomTo(zoom);
    }

    /** What a double click on a bar does besides selecting its item (the window shows the item's properties). */
    void setOnOpen(Runnable action) {
        onOpen = action == null ? () -> { } : action;
    }

    // ---- rows

    void sessionChanged(RoadmapSession session, TreeRows treeModel) {
        if (this.session != null) {
            this.session.removeTimingListener(onTimingChanged);
        }
        this.session = session;
        rowsChanged(treeModel);
        if (rows != null) {
            session.addTimingListener(onTimingChanged);
            chart.setCalendar(bar -> session.workingTime((UUID) bar.key()));
            LocalDate first = rows.firstDay();
            chart.scrollTo(first == null ? LocalDate.now() : first);
        }
        colours.update();
    }

    /** The tree shows other rows of the same roadmap (grouped otherwise): the chart follows. */
    void rowsChanged(TreeRows treeModel) {
        model = treeModel;
        RoadmapSession open = session;
        rows = open == null || treeModel == null ? null : new GanttRows(tree, treeModel);
        chart.setModel(rows);
        if (rows != null) {
            rows.setCritical(id -> timing(open, id).map(ItemTiming::critical).orElse(false));
            rows.setBaseline(this::baselineDates);
            rows.setLateFinish(id -> timing(open, id).map(ItemTiming::lateFinish).orElse(null));
        }
        showSelection();
    }

    /** The engine's timing of an item; empty for one it has not scheduled (yet). */
    static Optional<ItemTiming> timing(RoadmapSession session, UUID id) {
        if (session == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(session.timing(id));
        } catch (IllegalArgumentException notScheduled) {
            return Optional.empty();
        }
    }

    /** The compared baseline's dates of an item, or null without a baseline or for an item added since. */
    private DateRange baselineDates(UUID id) {
        WorkItem item = model == null ? null : model.plan().find(id).orElse(null);
        return item == null ? null : vm.comparedBaseline().variance(item)
                .map(variance -> new DateRange(variance.baselineStart(), variance.baselineFinish())).orElse(null);
    }

    void planChanged(Edit change) {
        if (rows != null) {
            rows.planChanged(change);
        }
        if (vm.colouringProperty().get() != BarColouring.KIND) {
            // a state or area may have got its first item or lost its last: the legend lists those in use
            colours.update();
        }
        chart.refresh();
    }

    // ---- one vertical scroll for the tree and the chart

    private void attachToTree() {
        if (flow != null || tree.getSkin() == null) {
            return;
        }
        if (tree.lookup(".virtual-flow") instanceof VirtualFlow<?> found
                && tree.lookup(".clipped-container") instanceof Region clipped
                && tree.lookup(".column-header-background") instanceof Region header) {
            flow = found;
            viewport = clipped;
            // the rows begin where the tree's flow begins: below its header and its top border
            chart.headerHeightProperty().bind(Bindings.createDoubleBinding(
                    () -> Math.max(header.getHeight(), found.getLayoutY()), header.heightProperty(),
                    found.layoutYProperty()));
            flow.positionProperty().addListener(observable -> followTree());
            viewport.heightProperty().addListener(observable -> followTree());
            followTree();
        }
    }

    /**
     * The tree's scroll position in pixels. With a fixed cell size the flow's estimate of its content is
     * exact, so its position (0 to 1) maps linearly onto the scrollable height.
     */
    private double treeOffset() {
        if (flow == null) {
            return 0;
        }
        double content = tree.getExpandedItemCount() * ROW_HEIGHT;
        return Math.max(0, content - viewport.getHeight()) * flow.getPosition();
    }

    private void followTree() {
        followingTree = true;
        try {
            chart.setVerticalOffset(treeOffset());
        } finally {
            followingTree = false;
        }
    }

    private void scrollTree(double offset) {
        if (followingTree || flow == null) {
            return;
        }
        double delta = offset - treeOffset();
        if (Math.abs(delta) >= 0.5) {
            flow.scrollPixels(delta);
        }
        followTree();
    }

    // ---- selection

    private void showSelection() {
        showingSelection = true;
        try {
            if (!chart.getSelectedKeys().equals(vm.selection())) {
                chart.getSelectedKeys().setAll(vm.selection());
            }
        } finally {
            showingSelection = false;
        }
    }

    private void pushSelection() {
        if (showingSelection) {
            return;
        }
        List<UUID> ids = new ArrayList<>();
        for (Object key : chart.getSelectedKeys()) {
            if (key instanceof UUID id) {
                ids.add(id);
            }
        }
        if (!ids.equals(vm.selection())) {
            vm.select(ids);
        }
    }

    // ---- edits

    private void edit(GanttEditEvent event) {
        switch (event.edit()) {
            case GanttEdit.BarMoved moved -> vm.edits().changeStart((UUID) moved.key(), moved.newStart());
            case GanttEdit.BarResized resized -> vm.edits().changeFinish((UUID) resized.key(), resized.newFinish());
            case GanttEdit.ProgressChanged progress ->
                    vm.perform(session -> session.setPercentComplete((UUID) progress.key(), progress.percent()));
            case GanttEdit.LinkRequested link ->
                    relink((UUID) link.key(), (UUID) link.successor(), link.type(), 0);
            case GanttEdit.BarOpened opened -> {
                vm.select(List.of((UUID) opened.key()));
                onOpen.run();
            }
        }
    }

    /**
     * Makes the link from {@code predecessor} to {@code successor} have {@code type} (null removes it), through
     * the successor's predecessors text, so it is one undoable change checked like a typed one.
     */
    private void relink(UUID predecessor, UUID successor, DependencyType type, int lagDays) {
        vm.perform(session -> {
            RoadmapPlan plan = session.plan();
            List<String> parts = new ArrayList<>();
            for (Dependency dependency : plan.predecessorsOf(successor)) {
                if (!dependency.predecessorId().equals(predecessor)) {
                    parts.add(linkText(plan.wbs(dependency.predecessorId()), dependency.type(), dependency.lagDays()));
                }
            }
            if (type != null) {
                parts.add(linkText(plan.wbs(predecessor), type, lagDays));
            }
            session.setPredecessors(successor, String.join("; ", parts));
        });
    }

    static String linkText(String wbs, DependencyType type, int lagDays) {
        String lag = lagDays == 0 ? "" : (lagDays > 0 ? "+" : "-") + Math.abs(lagDays) + "d";
        return type == DependencyType.FS && lagDays == 0 ? wbs : wbs + type.name() + lag;
    }

    /**
     * The keyboard's way to do what the mouse does: Alt+Left/Right moves the selected item by the zoom's snap
     * step, Alt+Shift+Left/Right moves its finish; Ctrl+F2 links the selected items one after the other (as
     * MS Project's Link Tasks); Ctrl+Plus and Ctrl+Minus zoom.
     */
    private void keyPressed(KeyEvent event) {
        if (event.isAltDown() && (event.getCode() == KeyCode.LEFT || event.getCode() == KeyCode.RIGHT)) {
            WorkItem item = vm.selectedItemProperty().get();
            if (item != null) {
                int step = chart.getZoom().snapDays() * (event.getCode() == KeyCode.LEFT ? -1 : 1);
                if (event.isShiftDown()) {
                    LocalDate finish = item.finish().plusDays(step);
                    vm.edits().changeFinish(item.id(), finish.isBefore(item.start()) ? item.start() : finish);
                } else {
                    vm.edits().changeStart(item.id(), item.start().plusDays(step));
                }
            }
            event.consume();
            return;
        }
        if (!event.isShortcutDown()) {
            return;
        }
        if (event.getCode() == KeyCode.F2) {
            vm.linkSelected();
            event.consume();
            return;
        }
        if (event.getCode() == KeyCode.EQUALS || event.getCode() == KeyCode.ADD || event.getCode() == KeyCode.PLUS) {
            chart.zoomIn();
            event.consume();
        } else if (event.getCode() == KeyCode.MINUS || event.getCode() == KeyCode.SUBTRACT) {
            chart.zoomOut();
            event.consume();
        }
    }

    // ---- menu

    private void showMenu(ContextMenuEvent event) {
        GanttHit hit = chart.hitTest(event.getX(), event.getY()).orElse(null);
        List<MenuItem> items = new ArrayList<>();
        if (hit != null && hit.link() != null) {
            items.addAll(linkItems(hit.link()));
            items.add(new SeparatorMenuItem());
        }
        if (hit != null && hit.bar() != null) {
            MenuItem open = new MenuItem(messages.tr("ui.gantt.menu.open"));
            UUID id = (UUID) hit.bar().key();
            open.setOnAction(action -> {
                vm.select(List.of(id));
                onOpen.run();
            });
            items.add(open);
        }
        if (hit != null && vm.sessionProperty().get() != null) {
            MenuItem milestone = new MenuItem(messages.tr("ui.gantt.menu.add-milestone"));
            LocalDate day = hit.day();
            UUID at = hit.bar() == null ? null : (UUID) hit.bar().key();
            milestone.setOnAction(action -> addMilestone(at, day));
            items.add(milestone);
            items.add(new SeparatorMenuItem());
        }
        MenuItem zoomIn = new MenuItem(messages.tr("ui.gantt.menu.zoom-in"));
        zoomIn.setOnAction(action -> chart.zoomIn());
        MenuItem zoomOut = new MenuItem(messages.tr("ui.gantt.menu.zoom-out"));
        zoomOut.setOnAction(action -> chart.zoomOut());
        MenuItem fit = new MenuItem(messages.tr("ui.gantt.menu.fit"));
        fit.setOnAction(action -> chart.fitAll());
        items.addAll(List.of(zoomIn, zoomOut, fit));
        menu.getItems().setAll(items);
        menu.show(chart, event.getScreenX(), event.getScreenY());
        event.consume();
    }

    private List<MenuItem> linkItems(GanttLink link) {
        UUID predecessor = (UUID) link.predecessor();
        UUID successor = (UUID) link.successor();
        int lag = model.plan().findDependency((UUID) link.key()).map(Dependency::lagDays).orElse(0);
        ToggleGroup group = new ToggleGroup();
        List<MenuItem> items = new ArrayList<>();
        for (DependencyType type : DependencyType.values()) {
            RadioMenuItem item = new RadioMenuItem(switch (type) {
                case FS -> messages.tr("ui.gantt.menu.link-fs");
                case SS -> messages.tr("ui.gantt.menu.link-ss");
                case FF -> messages.tr("ui.gantt.menu.link-ff");
                case SF -> messages.tr("ui.gantt.menu.link-sf");
            });
            item.setToggleGroup(group);
            item.setSelected(type == link.type());
            item.setOnAction(action -> {
                if (type != link.type()) {
                    relink(predecessor, successor, type, lag);
                }
            });
            items.add(item);
        }
        MenuItem remove = new MenuItem(messages.tr("ui.gantt.menu.remove-link"));
        remove.setOnAction(action -> relink(predecessor, successor, null, 0));
        items.add(remove);
        return items;
    }

    /** A new milestone above the row clicked (at the end without one), on the day clicked: one undoable step. */
    private void addMilestone(UUID at, LocalDate day) {
        vm.insertMilestoneOn(at, day);
    }
}
