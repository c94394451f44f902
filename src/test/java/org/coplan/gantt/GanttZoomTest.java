package org.coplan.gantt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GanttZoomTest {

    @ParameterizedTest
    @CsvSource({
        "64, WEEK_DAY", "16, WEEK_DAY", "15.9, MONTH_WEEK", "3, MONTH_WEEK", "2.9, QUARTER_MONTH",
        "1, QUARTER_MONTH", "0.99, YEAR_QUARTER", "0.15, YEAR_QUARTER"})
    void theTiersFollowTheDayWidth(double dayWidth, GanttZoom expected) {
        assertThat(GanttZoom.forDayWidth(dayWidth)).isEqualTo(expected);
    }

    @Test
    void eachLevelShowsTwoNeighbouringUnits() {
        assertThat(GanttZoom.WEEK_DAY.upper()).isEqualTo(TimelineUnit.WEEK);
        assertThat(GanttZoom.WEEK_DAY.lower()).isEqualTo(TimelineUnit.DAY);
        assertThat(GanttZoom.MONTH_WEEK.upper()).isEqualTo(TimelineUnit.MONTH);
        assertThat(GanttZoom.QUARTER_MONTH.lower()).isEqualTo(TimelineUnit.MONTH);
        assertThat(GanttZoom.YEAR_QUARTER.upper()).isEqualTo(TimelineUnit.YEAR);
        assertThat(GanttZoom.YEAR_QUARTER.lower()).isEqualTo(TimelineUnit.QUARTER);
    }

    @Test
    void barsSnapToDaysWhenDaysAreWideAndToWeeksWhenNot() {
        assertThat(GanttZoom.WEEK_DAY.snap(2.6)).isEqualTo(3);
        assertThat(GanttZoom.MONTH_WEEK.snap(-1.4)).isEqualTo(-1);
        assertThat(GanttZoom.QUARTER_MONTH.snap(9)).isEqualTo(7);
        assertThat(GanttZoom.YEAR_QUARTER.snap(11)).isEqualTo(14);
    }

    @Test
    void onlyDayAndWeekZoomShadeNonWorkingDays() {
        assertThat(GanttZoom.WEEK_DAY.showsNonWorkingDays()).isTrue();
        assertThat(GanttZoom.MONTH_WEEK.showsNonWorkingDays()).isTrue();
        assertThat(GanttZoom.QUARTER_MONTH.showsNonWorkingDays()).isFalse();
        assertThat(GanttZoom.YEAR_QUARTER.showsNonWorkingDays()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "YEAR, 2025-08-14, 2025-01-01, 2026-01-01",
        "QUARTER, 2025-08-14, 2025-07-01, 2025-10-01",
        "MONTH, 2025-08-14, 2025-08-01, 2025-09-01",
        "WEEK, 2025-08-14, 2025-08-11, 2025-08-18",
        "WEEK, 2025-08-11, 2025-08-11, 2025-08-18",
        "DAY, 2025-08-14, 2025-08-14, 2025-08-15"})
    void headerCellsBeginOnTheirUnitsBoundaries(TimelineUnit unit, LocalDate day, LocalDate floor, LocalDate next) {
        assertThat(unit.floor(day)).isEqualTo(floor);
        assertThat(unit.next(unit.floor(day))).isEqualTo(next);
    }
}
