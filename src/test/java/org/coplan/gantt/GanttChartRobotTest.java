package org.coplan.gantt;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.coplan.domain.DependencyType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The chart alone, on a synthetic model: it stays a handful of nodes at 100,000 rows, the wheel with Ctrl
 * changes the header's tiers, and mouse drags come out as edit events (the chart changes no data itself).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class GanttChartRobotTest {

    private static final LocalDate MONDAY = SyntheticRows.MONDAY;

    private GanttChart chart;
    private final List<GanttEdit> edits = new ArrayList<>();

    @Start
    void start(Stage stage) {
        chart = new GanttChart();
        chart.setToday(MONDAY.plusDays(3));
        chart.setDayWidth(20);
        chart.setOriginDay(MONDAY.toEpochDay() - 2);
        chart.setOnEdit(event -> edits.add(event.edit()));
        Scene scene = new Scene(new StackPane(chart), 900, 600);
        scene.getStylesheets().add(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(scene);
        stage.show();
    }

    private static int nodes(Node node) {
        int count = 1;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                count += nodes(child);
            }
        }
        return count;
    }

    /** The screen point of the middle of row {@code row} at {@code day} (its beginning plus {@code dx}). */
    private Point2D at(int row, LocalDate day, double dx) {
        double x = chart.scale().x(day) + dx;
        double y = chart.getHeaderHeight() + row * chart.getRowHeight() - chart.getVerticalOffset()
                + chart.getRowHeight() * 0.4;
        return chart.localToScreen(x, y);
    }

    private ScrollEvent ctrlWheel(double deltaY) {
        double x = chart.getWidth() / 2;
        double y = chart.getHeight() / 2;
        Point2D screen = chart.localToScreen(x, y);
        return new ScrollEvent(ScrollEvent.SCROLL, x, y, screen.getX(), screen.getY(), false, true, false, false,
                false, false, 0, deltaY, 0, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
    }

    @Test
    void aHundredThousandRowsStayFarBelowThreeThousandNodes(FxRobot robot) {
        robot.interact(() -> chart.setModel(new SyntheticRows(100_000)));
        robot.interact(() -> chart.setVerticalOffset(50_000 * chart.getRowHeight()));
        WaitForAsyncUtils.waitForFxEvents();

        int count = nodes(chart.getScene().getRoot());
        assertThat(count).isLessThan(3_000);
        // the chart itself is its canvases and scroll bar, whatever the number of rows
        assertThat(nodes(chart)).isLessThan(20);
        assertThat(chart.hitTest(chart.scale().x(MONDAY.plusDays(50_005 % 200)) + 10,
                chart.getHeaderHeight() + 5 * chart.getRowHeight() + 10).orElseThrow().row()).isEqualTo(50_005);
    }

    @Test
    void ctrlAndTheWheelZoomFromDaysToYears(FxRobot robot) {
        robot.interact(() -> chart.setModel(new SyntheticRows(50)));
        assertThat(chart.getZoom()).isEqualTo(GanttZoom.WEEK_DAY);

        // the headless robot's wheel carries no modifiers, so the wheel event is made as the platform makes it
        robot.interact(() -> {
            for (int i = 0; i < 3; i++) {
                chart.fireEvent(ctrlWheel(-40));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        GanttZoom afterWheel = chart.getZoom();
        assertThat(chart.getDayWidth()).isNotEqualTo(20);
        assertThat(afterWheel).isIn(GanttZoom.WEEK_DAY, GanttZoom.MONTH_WEEK);

        robot.interact(() -> chart.zoomTo(GanttZoom.QUARTER_MONTH));
        assertThat(chart.getZoom().upper()).isEqualTo(TimelineUnit.QUARTER);
        assertThat(chart.getZoom().lower()).isEqualTo(TimelineUnit.MONTH);
        robot.interact(() -> {
            for (int i = 0; i < 10; i++) {
                chart.zoomOut();
            }
        });
        assertThat(chart.getZoom()).isEqualTo(GanttZoom.YEAR_QUARTER);
        robot.interact(() -> chart.fit(MONDAY, MONDAY.plusDays(20)));
        assertThat(chart.getZoom()).isEqualTo(GanttZoom.WEEK_DAY);
        assertThat(chart.getFirstVisibleDay()).isBeforeOrEqualTo(MONDAY);
        assertThat(chart.getLastVisibleDay()).isAfterOrEqualTo(MONDAY.plusDays(20));
    }

    @Test
    void draggingABarReportsItsNewStartAndChangesNothingItself(FxRobot robot) {
        robot.interact(() -> chart.setModel(new SyntheticRows(50)));
        GanttBar before = chart.getModel().bar(2);

        robot.drag(at(2, before.start(), 15), MouseButton.PRIMARY).moveTo(at(2, before.start().plusDays(3), 15))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(edits).containsExactly(new GanttEdit.BarMoved(2, before.start().plusDays(3)));
        assertThat(chart.getModel().bar(2)).isEqualTo(before);
        assertThat(chart.getSelectedKeys()).containsExactly(2);
    }

    @Test
    void draggingTheFinishEndReportsTheNewFinish(FxRobot robot) {
        robot.interact(() -> chart.setModel(new SyntheticRows(50)));
        GanttBar bar = chart.getModel().bar(4);

        robot.drag(at(4, bar.finish().plusDays(1), -2), MouseButton.PRIMARY)
                .moveTo(at(4, bar.finish().plusDays(3), -2)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(edits).containsExactly(new GanttEdit.BarResized(4, bar.finish().plusDays(2)));
    }

    @Test
    void draggingFromOneBarToAnotherRequestsALink(FxRobot robot) {
        robot.interact(() -> chart.setModel(new SyntheticRows(50)));
        GanttBar from = chart.getModel().bar(1);
        GanttBar to = chart.getModel().bar(5);

        robot.drag(at(1, from.start(), 15), MouseButton.PRIMARY).moveTo(at(3, to.start(), 15))
                .moveTo(at(5, to.start(), 15)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(edits).containsExactly(new GanttEdit.LinkRequested(1, 5, DependencyType.FS));
    }

    @Test
    void doubleClickingABarOpensIt(FxRobot robot) {
        robot.interact(() -> chart.setModel(new SyntheticRows(50)));
        GanttBar bar = chart.getModel().bar(3);

        robot.moveTo(at(3, bar.start(), 15)).doubleClickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(edits).contains(new GanttEdit.BarOpened(3));
    }

    @Test
    void aBurstOfChangesIsPaintedOnce(FxRobot robot) {
        robot.interact(() -> chart.setModel(new SyntheticRows(50)));
        long before = ((org.coplan.gantt.skin.GanttChartSkin) chart.getSkin()).paintCount();

        robot.interact(() -> {
            for (int i = 0; i < 20; i++) {
                chart.setOriginDay(chart.getOriginDay() + 1);
                chart.setVerticalOffset(i);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();

        long after = ((org.coplan.gantt.skin.GanttChartSkin) chart.getSkin()).paintCount();
        assertThat(after - before).isBetween(1L, 2L);
    }

    @Test
    void zoomingOutStepsThroughEveryTierToYearsAndStopsThere(FxRobot robot) {
        List<GanttZoom> seen = new ArrayList<>(List.of(chart.getZoom()));
        robot.interact(() -> {
            while (chart.canZoomOut()) {
                chart.zoomOut();
                if (seen.getLast() != chart.getZoom()) {
                    seen.add(chart.getZoom());
                }
            }
        });

        assertThat(seen).containsExactly(GanttZoom.WEEK_DAY, GanttZoom.MONTH_WEEK, GanttZoom.QUARTER_MONTH,
                GanttZoom.YEAR_QUARTER);
        assertThat(chart.getDayWidth()).isEqualTo(GanttZoom.MIN_DAY_WIDTH);
        assertThat(chart.canZoomIn()).isTrue();
        robot.interact(chart::zoomOut);
        assertThat(chart.getDayWidth()).as("no farther than years").isEqualTo(GanttZoom.MIN_DAY_WIDTH);
        assertThat(chart.getZoom().upper()).isEqualTo(TimelineUnit.YEAR);
    }

    @Test
    void zoomingInStepsBackToDaysAndStopsThere(FxRobot robot) {
        robot.interact(() -> chart.setDayWidth(GanttZoom.MIN_DAY_WIDTH));
        assertThat(chart.canZoomOut()).isFalse();
        List<GanttZoom> seen = new ArrayList<>(List.of(chart.getZoom()));
        robot.interact(() -> {
            while (chart.canZoomIn()) {
                chart.zoomIn();
                if (seen.getLast() != chart.getZoom()) {
                    seen.add(chart.getZoom());
                }
            }
        });

        assertThat(seen).containsExactly(GanttZoom.YEAR_QUARTER, GanttZoom.QUARTER_MONTH, GanttZoom.MONTH_WEEK,
                GanttZoom.WEEK_DAY);
        assertThat(chart.getDayWidth()).isEqualTo(GanttZoom.MAX_DAY_WIDTH);
        assertThat(chart.canZoomOut()).isTrue();
        robot.interact(chart::zoomIn);
        assertThat(chart.getDayWidth()).as("no closer than days").isEqualTo(GanttZoom.MAX_DAY_WIDTH);
        assertThat(chart.getZoom().lower()).isEqualTo(TimelineUnit.DAY);
    }

    @Test
    void fittingTheRoadmapShowsItsWholeRangeFromItsStart(FxRobot robot) {
        robot.interact(() -> {
            chart.setModel(new SyntheticRows(50));
            chart.setDayWidth(GanttZoom.MAX_DAY_WIDTH);
            chart.setOriginDay(MONDAY.plusYears(3).toEpochDay());
        });

        robot.interact(chart::fitAll);

        LocalDate first = chart.getModel().firstDay();
        LocalDate last = chart.getModel().lastDay();
        assertThat(chart.scale().x(first)).as("the start is near the left edge").isBetween(0.0, 60.0);
        assertThat(chart.scale().endX(last)).as("the end is inside the right edge")
                .isBetween(chart.getWidth() - 80, chart.getWidth());
        assertThat(chart.getZoom()).isEqualTo(GanttZoom.MONTH_WEEK);
    }

    @Test
    void fittingSeveralYearsZoomsOutToYears(FxRobot robot) {
        LocalDate first = MONDAY;
        LocalDate last = MONDAY.plusYears(5);

        robot.interact(() -> chart.fit(first, last));

        assertThat(chart.getFirstVisibleDay()).isBeforeOrEqualTo(first);
        assertThat(chart.getLastVisibleDay()).isAfterOrEqualTo(last);
        assertThat(chart.getZoom()).isEqualTo(GanttZoom.YEAR_QUARTER);
    }
}
