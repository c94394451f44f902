package org.coplan.ui.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.coplan.domain.Dependency;
import org.coplan.domain.DependencyType;
import org.coplan.domain.WorkItem;
import org.coplan.gantt.GanttChart;
import org.coplan.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Gantt chart beside the roadmap tree, on a real database: its rows are the tree's rows, pixel for pixel,
 * through scrolling and collapsing; dragging a bar changes the item's dates in the tree and the database,
 * and undo takes the drag back; dragging from one bar to another links them.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RoadmapChartRobotTest {

    private Stage stage;
    private EditorFixture fixture;
    private RoadmapEditorViewModel vm;

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
        // low enough that the seven rows do not all fit, so there is something to scroll
        ThemedStage.show(stage, 1400, 200);
    }

    @AfterEach
    void closeTheDatabase(FxRobot robot) {
        if (vm != null) {
            robot.interact(vm::close);
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    private void showEditor(FxRobot robot) {
        fixture = EditorFixture.inMemory();
        robot.interact(() -> {
            vm = new RoadmapEditorViewModel(fixture.editor, fixture.messages, fixture.notifier, TaskRunner.inline());
            RoadmapEditorView view = new RoadmapEditorView(vm, fixture.messages);
            stage.getScene().setRoot(view);
            view.dividerPositionProperty().set(0.45);
            // months over weeks: bars snap to single days, as the drags below expect
            view.ganttChart().setDayWidth(5);
            vm.open(fixture.roadmap.id());
            view.focusTree();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private GanttChart chart(FxRobot robot) {
        return robot.lookup(".gantt-chart").queryAs(GanttChart.class);
    }

    @SuppressWarnings("unchecked")
    private TreeTableView<WorkItem> tree(FxRobot robot) {
        return robot.lookup(".roadmap-tree").queryAs(TreeTableView.class);
    }

    private WorkItem treeValue(FxRobot robot, String name) {
        TreeTableView<WorkItem> tree = tree(robot);
        for (int row = 0; row < tree.getExpandedItemCount(); row++) {
            WorkItem item = tree.getTreeItem(row).getValue();
            if (item != null && item.id().equals(fixture.id(name))) {
                return item;
            }
        }
        throw new AssertionError(name + " is not a row of the tree");
    }

    /** The screen point on {@code name}'s bar, {@code dx} pixels right of where {@code day} begins. */
    private Point2D onBar(FxRobot robot, String name, LocalDate day, double dx) {
        GanttChart chart = chart(robot);
        int row = chart.getModel().rowOf(fixture.id(name));
        double x = chart.scale().x(day) + dx;
        double y = chart.getHeaderHeight() + row * chart.getRowHeight() - chart.getVerticalOffset()
                + chart.getRowHeight() * 0.4;
        return chart.localToScreen(x, y);
    }

    @Test
    void draggingABarMovesTheItemInTheTreeAndTheDatabaseAndUndoMovesItBack(FxRobot robot) {
        showEditor(robot);
        WorkItem design = fixture.stored("Design");
        LocalDate monday = design.start().plusDays(4);

        robot.drag(onBar(robot, "Design", design.start(), 8), MouseButton.PRIMARY)
                .moveTo(onBar(robot, "Design", monday, 8)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.stored("Design").start()).isEqualTo(monday);
        assertThat(fixture.stored("Design").durationDays()).isEqualTo(design.durationDays());
        assertThat(treeValue(robot, "Design").start()).isEqualTo(monday);
        assertThat(chart(robot).getModel().bar(chart(robot).getModel().rowOf(fixture.id("Design"))).start())
                .isEqualTo(monday);

        robot.interact(vm::undo);

        assertThat(fixture.stored("Design").start()).isEqualTo(design.start());
        assertThat(treeValue(robot, "Design").start()).isEqualTo(design.start());
    }

    @Test
    void altAndTheArrowKeysMoveTheSelectedItemOnTheChart(FxRobot robot) {
        showEditor(robot);
        WorkItem build = fixture.stored("Build");
        robot.interact(() -> {
            vm.select(List.of(fixture.id("Build")));
            chart(robot).requestFocus();
        });

        robot.press(javafx.scene.input.KeyCode.ALT).type(javafx.scene.input.KeyCode.RIGHT)
                .release(javafx.scene.input.KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.stored("Build").start()).isEqualTo(build.start().plusDays(1));
    }

    @Test
    void draggingFromOneBarToAnotherLinksThem(FxRobot robot) {
        showEditor(robot);
        WorkItem build = fixture.stored("Build");
        WorkItem launch = fixture.stored("Launch");
        robot.interact(() -> tree(robot).scrollTo(3));
        WaitForAsyncUtils.waitForFxEvents();

        robot.drag(onBar(robot, "Build", build.start(), 8), MouseButton.PRIMARY)
                .moveTo(onBar(robot, "Launch", launch.start().minusDays(3), 0))
                .moveTo(onBar(robot, "Launch", launch.start(), 0)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        List<Dependency> stored = fixture.database.read(store -> store.dependencies().findByRoadmap(fixture.roadmap.id()));
        assertThat(stored).anySatisfy(link -> {
            assertThat(link.predecessorId()).isEqualTo(fixture.id("Build"));
            assertThat(link.successorId()).isEqualTo(fixture.id("Launch"));
            assertThat(link.type()).isEqualTo(DependencyType.FS);
        });
        assertThat(vm.sessionProperty().get().predecessorsText(fixture.id("Launch"))).isEqualTo("2.1");
    }

    @Test
    void theChartsRowsLineUpWithTheTreesRowsWhenScrolled(FxRobot robot) {
        showEditor(robot);
        TreeTableView<WorkItem> tree = tree(robot);
        GanttChart chart = chart(robot);
        VirtualFlow<?> flow = (VirtualFlow<?>) tree.lookup(".virtual-flow");

        robot.interact(() -> flow.scrollPixels(13));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(chart.getVerticalOffset()).isCloseTo(13, within(0.5)).isCloseTo(treeOffset(flow), within(0.5));
        assertRowsLineUp(robot, tree, chart);

        // the wheel over the chart scrolls the tree
        robot.interact(() -> chart.fireEvent(wheel(chart, -10)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(chart.getVerticalOffset()).isCloseTo(23, within(0.5)).isCloseTo(treeOffset(flow), within(0.5));
        assertRowsLineUp(robot, tree, chart);
    }

    /** The tree's scroll position in pixels, as its first visible row shows it. */
    private static double treeOffset(VirtualFlow<?> flow) {
        var first = flow.getFirstVisibleCell();
        return first.getIndex() * RoadmapChart.ROW_HEIGHT - first.getLayoutY();
    }

    private static void assertRowsLineUp(FxRobot robot, TreeTableView<WorkItem> tree, GanttChart chart) {
        List<TreeTableRow<?>> rows = new java.util.ArrayList<>();
        for (javafx.scene.Node node : robot.lookup(".tree-table-row-cell").queryAll()) {
            if (node instanceof TreeTableRow<?> row && row.isVisible() && row.getIndex() >= 0
                    && row.getIndex() < tree.getExpandedItemCount()) {
                rows.add(row);
            }
        }
        assertThat(rows).isNotEmpty();
        for (TreeTableRow<?> row : rows) {
            double treeTop = row.localToScreen(0, 0).getY();
            double chartTop = chart.localToScreen(0, chart.getHeaderHeight()
                    + row.getIndex() * chart.getRowHeight() - chart.getVerticalOffset()).getY();
            assertThat(chartTop).as("top of row %d", row.getIndex()).isCloseTo(treeTop, within(0.5));
        }
        var header = tree.lookup(".column-header-background");
        double treeHeaderBottom = header.localToScreen(0, header.getLayoutBounds().getHeight()).getY();
        assertThat(chart.localToScreen(0, chart.getHeaderHeight()).getY()).isCloseTo(treeHeaderBottom, within(1.0));
    }

    private static ScrollEvent wheel(GanttChart chart, double deltaY) {
        double x = chart.getWidth() / 2;
        double y = chart.getHeight() / 2;
        Point2D screen = chart.localToScreen(x, y);
        return new ScrollEvent(ScrollEvent.SCROLL, x, y, screen.getX(), screen.getY(), false, false, false, false,
                false, false, 0, deltaY, 0, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
    }

    @Test
    void collapsingAPhaseInTheTreeTakesItsRowsOutOfTheChartAndSelectionIsShared(FxRobot robot) {
        showEditor(robot);
        TreeTableView<WorkItem> tree = tree(robot);
        GanttChart chart = chart(robot);

        robot.interact(() -> tree.getTreeItem(0).setExpanded(false));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(chart.getModel().rowCount()).isEqualTo(tree.getExpandedItemCount()).isEqualTo(4);
        assertThat(chart.getModel().bar(1).key()).isEqualTo(fixture.id("Work"));
        assertThat(chart.getModel().rowOf(fixture.id("Design"))).isEqualTo(-1);

        WorkItem build = fixture.stored("Build");
        robot.clickOn(onBar(robot, "Build", build.start(), 8), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.selection()).containsExactly(fixture.id("Build"));
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().id()).isEqualTo(fixture.id("Build"));

        robot.interact(() -> vm.select(List.of(fixture.id("Launch"))));
        assertThat(chart.getSelectedKeys()).containsExactly((Object) fixture.id("Launch"));
    }

    /** Every row of the chart: whether its bar is critical, keyed by the item's id. */
    private static java.util.Map<java.util.UUID, Boolean> chartCritical(GanttChart chart) {
        java.util.Map<java.util.UUID, Boolean> critical = new java.util.HashMap<>();
        for (int row = 0; row < chart.getModel().rowCount(); row++) {
            org.coplan.gantt.GanttBar bar = chart.getModel().bar(row);
            critical.put((java.util.UUID) bar.key(), bar.critical());
        }
        return critical;
    }

    private java.util.Map<java.util.UUID, Boolean> sessionCritical() {
        java.util.Map<java.util.UUID, Boolean> critical = new java.util.HashMap<>();
        org.coplan.service.RoadmapSession session = vm.sessionProperty().get();
        session.plan().items().forEach(item -> critical.put(item.id(), session.timing(item.id()).critical()));
        return critical;
    }

    @Test
    void theChartsCriticalRowsAreExactlyTheItemsTheSessionMarksCriticalAlsoAfterAnEdit(FxRobot robot) {
        showEditor(robot);
        GanttChart chart = chart(robot);

        assertThat(chart.isShowCritical()).as("the critical path is off until asked for").isFalse();
        assertThat(sessionCritical()).containsValue(true);
        assertThat(chartCritical(chart)).isEqualTo(sessionCritical());

        // a year more of Requirements pushes its chain out, which changes which items are critical
        WorkItem requirements = fixture.stored("Requirements");
        robot.interact(() -> vm.edits().changeFinish(requirements.id(), requirements.finish().plusYears(1)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(chartCritical(chart)).isEqualTo(sessionCritical());

        robot.interact(() -> vm.showCriticalProperty().set(true));
        assertThat(chart.isShowCritical()).isTrue();
    }

    @Test
    void comparingABaselineDrawsItsBarsAndTheToggleHidesThem(FxRobot robot) {
        showEditor(robot);
        GanttChart chart = chart(robot);
        WorkItem build = fixture.stored("Build");
        int row = chart.getModel().rowOf(build.id());
        assertThat(chart.isShowBaseline()).isFalse();
        assertThat(chart.getModel().bar(row).baselineStart()).isNull();

        robot.interact(() -> vm.comparedBaseline().baselines().save(vm.sessionProperty().get().plan(), 0,
                "Approved plan", false));
        robot.interact(() -> vm.edits().changeStart(build.id(), build.start().plusDays(7)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(chart.isShowBaseline()).as("on once a baseline is compared").isTrue();
        assertThat(chart.getModel().bar(row).baselineStart()).isEqualTo(build.start());
        assertThat(chart.getModel().bar(row).baselineFinish()).isEqualTo(build.finish());
        assertThat(chart.getModel().bar(row).start()).isEqualTo(build.start().plusDays(7));

        robot.interact(() -> vm.showBaselineProperty().set(false));
        assertThat(chart.isShowBaseline()).isFalse();
    }

    @Test
    void groupingByLeadStateShowsOneSwimlanePerStateInTheTreeAndTheChartWithEveryItemUnderItsState(FxRobot robot) {
        showEditor(robot);
        robot.interact(() -> {
            vm.edits().changeLeadState(fixture.id("Design"), fixture.armenia.id());
            vm.edits().changeLeadState(fixture.id("Build"), fixture.kazakhstan.id());
            vm.edits().changeLeadState(fixture.id("Launch"), fixture.kazakhstan.id());
            vm.groupingProperty().set(RowGrouping.LEAD_STATE);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TreeTableView<WorkItem> tree = tree(robot);
        GanttChart chart = chart(robot);

        java.util.Map<String, String> laneOf = new java.util.LinkedHashMap<>();
        List<String> treeLanes = new java.util.ArrayList<>();
        List<String> chartLanes = new java.util.ArrayList<>();
        String lane = null;
        assertThat(chart.getModel().rowCount()).isEqualTo(tree.getExpandedItemCount()).isEqualTo(10);
        for (int row = 0; row < tree.getExpandedItemCount(); row++) {
            if (tree.getTreeItem(row) instanceof GroupTreeItem group) {
                lane = group.label();
                treeLanes.add(lane);
                assertThat(chart.getModel().bar(row)).as("a lane header has no bar").isNull();
            } else {
                WorkItem item = tree.getTreeItem(row).getValue();
                laneOf.put(item.name(), lane);
                assertThat(chart.getModel().bar(row).key()).isEqualTo(item.id());
                assertThat(chart.getModel().rowOf(item.id())).isEqualTo(row);
            }
            org.coplan.gantt.GanttLane chartLane = chart.getModel().lane(row);
            if (chartLane != null) {
                chartLanes.add(chartLane.label());
            }
        }

        assertThat(treeLanes).containsExactly("AM — Armenia (1)", "KZ — Kazakhstan (2)", "No lead state (4)");
        assertThat(chartLanes).isEqualTo(treeLanes);
        assertThat(laneOf).containsEntry("Design", "AM — Armenia (1)")
                .containsEntry("Build", "KZ — Kazakhstan (2)").containsEntry("Launch", "KZ — Kazakhstan (2)")
                .containsEntry("Preparation", "No lead state (4)").containsEntry("Requirements", "No lead state (4)")
                .containsEntry("Approved", "No lead state (4)").containsEntry("Work", "No lead state (4)");
        assertThat(robot.lookup(".name-cell").queryAllAs(javafx.scene.control.Labeled.class))
                .extracting(javafx.scene.control.Labeled::getText).contains("AM — Armenia (1)");
        assertRowsLineUp(robot, tree, chart);

        // the bars still edit inside their lane
        WorkItem build = fixture.stored("Build");
        LocalDate monday = build.start().plusDays(7);
        robot.drag(onBar(robot, "Build", build.start(), 8), MouseButton.PRIMARY)
                .moveTo(onBar(robot, "Build", monday, 8)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.stored("Build").start()).isEqualTo(monday);
        assertThat(treeValue(robot, "Build").start()).isEqualTo(monday);
        assertThat(tree.getTreeItem(chart.getModel().rowOf(fixture.id("Build"))).getParent())
                .isInstanceOfSatisfying(GroupTreeItem.class, group -> assertThat(group.key())
                        .isEqualTo(fixture.kazakhstan.id()));
    }

    @Test
    void colouringByLeadStateGivesEachStateOneColourAndTheLegendListsTheStatesInUse(FxRobot robot) {
        showEditor(robot);
        robot.interact(() -> {
            vm.edits().changeLeadState(fixture.id("Design"), fixture.armenia.id());
            vm.edits().changeLeadState(fixture.id("Build"), fixture.kazakhstan.id());
            vm.edits().changeLeadState(fixture.id("Launch"), fixture.kazakhstan.id());
        });
        GanttChart chart = chart(robot);
        org.coplan.gantt.GanttLegend legend = robot.lookup(".gantt-legend").queryAs(org.coplan.gantt.GanttLegend.class);
        assertThat(legend.isVisible()).as("no legend for the colours of the kinds").isFalse();

        robot.interact(() -> vm.colouringProperty().set(BarColouring.LEAD_STATE));
        WaitForAsyncUtils.waitForFxEvents();

        java.util.function.ToIntFunction<String> category = name -> chart.getColourCategory()
                .applyAsInt(chart.getModel().bar(chart.getModel().rowOf(fixture.id(name))));
        assertThat(category.applyAsInt("Build")).isEqualTo(category.applyAsInt("Launch")).isNotNegative()
                .isNotEqualTo(category.applyAsInt("Design"));
        assertThat(category.applyAsInt("Design")).isNotNegative();
        assertThat(category.applyAsInt("Requirements")).as("no state: the chart's own colour").isEqualTo(-1);
        assertThat(legend.isVisible()).isTrue();
        assertThat(robot.from(legend).lookup(".label").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText)
                .containsExactly("AM — Armenia", "KZ — Kazakhstan", "No lead state");

        robot.interact(() -> vm.showCriticalProperty().set(true));

        assertThat(robot.from(legend).lookup(".label").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText).endsWith("Critical path");
    }

    @Test
    void theSlackToggleShowsSlackBarsThatEndOnTheEnginesLateFinish(FxRobot robot) {
        showEditor(robot);
        GanttChart chart = chart(robot);
        assertThat(chart.isShowSlack()).as("off until asked for").isFalse();

        robot.interact(() -> vm.showSlackProperty().set(true));

        assertThat(chart.isShowSlack()).isTrue();
        org.coplan.service.RoadmapSession session = vm.sessionProperty().get();
        assertThat(session.plan().items()).allSatisfy(item -> assertThat(chart.getModel().lateFinish(item.id()))
                .isEqualTo(session.timing(item.id()).lateFinish()));
    }
}
