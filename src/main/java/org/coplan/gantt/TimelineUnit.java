package org.coplan.gantt;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** A unit of the timeline header: where its cells begin and how long they are. Weeks begin on Monday (ISO). */
public enum TimelineUnit {
    YEAR, QUARTER, MONTH, WEEK, DAY;

    /** The beginning of the cell that holds {@code day}. */
    public LocalDate floor(LocalDate day) {
        return switch (this) {
            case YEAR -> day.withDayOfYear(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case MONTH -> day.withDayOfMonth(1);
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case DAY -> day;
        };
    }

    /** The beginning of the cell after the one beginning on {@code cellStart}. */
    public LocalDate next(LocalDate cellStart) {
        return switch (this) {
            case YEAR -> cellStart.plusYears(1);
            case QUARTER -> cellStart.plusMonths(3);
            case MONTH -> cellStart.plusMonths(1);
            case WEEK -> cellStart.plusWeeks(1);
            case DAY -> cellStart.plusDays(1);
        };
    }
}
