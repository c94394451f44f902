package org.coplan.gantt.skin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.coplan.gantt.GanttBar;
import org.coplan.gantt.GanttHit.Zone;
import org.coplan.gantt.TimelineScale;
import org.junit.jupiter.api.Test;

/** Where rows and bars are, and which part of a bar a point is on: what a press there would drag. */
class ChartLayoutTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
    private final ChartLayout layout = new ChartLayout(new TimelineScale(MONDAY.toEpochDay(), 10), 28, 42, false);
    private final GanttBar activity = GanttBar.of("a", "Design", GanttBar.Kind.ACTIVITY, MONDAY, MONDAY.plusDays(4), 50);

    @Test
    void rowsAreCountedFromTheScrolledTop() {
        assertThat(layout.rowTop(0)).isEqualTo(-42);
        assertThat(layout.rowAt(0)).isEqualTo(1);
        assertThat(layout.rowAt(13)).isEqualTo(1);
        assertThat(layout.rowAt(14)).isEqualTo(2);
        assertThat(layout.firstVisibleRow()).isEqualTo(1);
        assertThat(layout.lastVisibleRow(100, 1_000)).isEqualTo(5);
        assertThat(layout.lastVisibleRow(100, 3)).isEqualTo(2);
    }

    @Test
    void anActivityBarSpansFromItsStartToTheEndOfItsFinishDay() {
        Box box = layout.barBox(activity, 3);

        assertThat(box.x0()).isEqualTo(0);
        assertThat(box.x1()).isEqualTo(50);
        assertThat(box.y0()).isGreaterThan(layout.rowTop(3));
        assertThat(box.y1()).isLessThan(layout.rowTop(4));
    }

    @Test
    void aMilestoneIsADiamondCentredOnTheBeginningOfItsDay() {
        GanttBar milestone = GanttBar.of("m", "Approved", GanttBar.Kind.MILESTONE, MONDAY.plusDays(5),
                MONDAY.plusDays(5), 0);

        Box box = layout.barBox(milestone, 3);

        assertThat((box.x0() + box.x1()) / 2).isEqualTo(50);
        assertThat(box.midY()).isEqualTo(layout.rowTop(3) + 14);
    }

    @Test
    void theFinishEndStretchesTheLowerBandSetsProgressAndTheRestMoves() {
        Box box = layout.barBox(activity, 3);
        double top = box.y0() + 1;
        double bottom = box.y1() - 1;

        assertThat(BarZones.zone(activity, box, 48, top)).isEqualTo(Zone.FINISH);
        assertThat(BarZones.zone(activity, box, 20, bottom)).isEqualTo(Zone.PROGRESS);
        assertThat(BarZones.zone(activity, box, 20, top)).isEqualTo(Zone.BODY);
        assertThat(BarZones.zone(activity, box, 80, top)).isEqualTo(Zone.NONE);
        assertThat(BarZones.zone(activity, box, 20, box.y0() - 6)).isEqualTo(Zone.NONE);
    }

    @Test
    void summariesAndMilestonesAreGrabbedOnlyWhole() {
        GanttBar summary = GanttBar.of("s", "Preparation", GanttBar.Kind.SUMMARY, MONDAY, MONDAY.plusDays(9), 0);
        Box box = layout.barBox(summary, 2);

        assertThat(BarZones.zone(summary, box, box.x1() - 1, box.midY())).isEqualTo(Zone.BODY);
    }
}
