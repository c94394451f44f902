package org.coplan.gantt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimelineScaleTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
    private final TimelineScale scale = new TimelineScale(MONDAY.toEpochDay(), 10);

    @Test
    void aDayCoversItsWidthFromItsOwnBeginning() {
        assertThat(scale.x(MONDAY)).isZero();
        assertThat(scale.endX(MONDAY)).isEqualTo(10);
        assertThat(scale.x(MONDAY.plusDays(5))).isEqualTo(50);
        assertThat(scale.x(MONDAY.minusDays(1))).isEqualTo(-10);
    }

    @Test
    void anXBelongsToTheDayThatCoversIt() {
        assertThat(scale.dateAt(0)).isEqualTo(MONDAY);
        assertThat(scale.dateAt(9.99)).isEqualTo(MONDAY);
        assertThat(scale.dateAt(10)).isEqualTo(MONDAY.plusDays(1));
        assertThat(scale.dateAt(-0.5)).isEqualTo(MONDAY.minusDays(1));
        assertThat(scale.nearestDayStart(14)).isEqualTo(MONDAY.plusDays(1));
        assertThat(scale.nearestDayStart(16)).isEqualTo(MONDAY.plusDays(2));
    }

    @Test
    void zoomingKeepsTheDayUnderTheAnchorInPlace() {
        TimelineScale zoomed = scale.zoomedAt(2, 75, GanttZoom.MIN_DAY_WIDTH, GanttZoom.MAX_DAY_WIDTH);

        assertThat(zoomed.dayWidth()).isEqualTo(20);
        assertThat(zoomed.dayAt(75)).isCloseTo(scale.dayAt(75), within(1e-9));
    }

    @Test
    void zoomStopsAtItsBounds() {
        assertThat(scale.zoomedAt(100, 0, GanttZoom.MIN_DAY_WIDTH, GanttZoom.MAX_DAY_WIDTH).dayWidth())
                .isEqualTo(GanttZoom.MAX_DAY_WIDTH);
        assertThat(scale.zoomedAt(0.0001, 0, GanttZoom.MIN_DAY_WIDTH, GanttZoom.MAX_DAY_WIDTH).dayWidth())
                .isEqualTo(GanttZoom.MIN_DAY_WIDTH);
    }

    @Test
    void aScaleNeedsAPositiveDayWidth() {
        assertThatThrownBy(() -> new TimelineScale(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimelineScale(0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
