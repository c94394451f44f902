package org.coplan.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.coplan.domain.WorkCalendar;

/**
 * Working-day arithmetic on one calendar. A duration of {@code n} working days starting on a working day
 * finishes on the {@code n}-th working day counted from the start (a 1-day activity starts and finishes on
 * the same day), as MS Project shows day-granular plans. Every operation takes constant time: the counts of
 * working days are precomputed once per instance (see {@link WorkingDayIndex}), so share one instance per
 * calendar.
 */
public final class WorkingTime {

    private static final WorkingTime STANDARD = new WorkingTime(WorkCalendar.MONDAY_TO_FRIDAY, Set.of());

    private final Set<DayOfWeek> workingDays;
    private final Set<LocalDate> holidays;
    private volatile WorkingDayIndex index;

    public WorkingTime(WorkCalendar calendar) {
        this(calendar.workingDays(), calendar.holidayDates());
    }

    public WorkingTime(Set<DayOfWeek> workingDays, Set<LocalDate> holidays) {
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("a calendar needs at least one working weekday");
        }
        this.workingDays = Set.copyOf(workingDays);
        this.holidays = Set.copyOf(holidays);
    }

    /**
     * Monday to Friday, no holidays: the default until a calendar is chosen. One shared instance, so that
     * its index is built once however many items fall back to it (the instance is immutable; the index is
     * a cache of facts that never change).
     */
    public static WorkingTime standard() {
        return STANDARD;
    }

    /** Built on first use: many instances are made for a single lookup and never need the table. */
    WorkingDayIndex index() {
        WorkingDayIndex built = index;
        if (built == null) {
            // a benign race: two threads may both build it, and either copy is equally right
            built = new WorkingDayIndex(workingDays, holidays);
            index = built;
        }
        return built;
    }

    public boolean isWorkingDay(LocalDate day) {
        return index().isWorking(epochDay(day));
    }

    /** The day itself when it is a working day, else the next working day. */
    public LocalDate nextWorkingDay(LocalDate day) {
        WorkingDayIndex days = index();
        return date(days.dayOfRank(days.rankOf(epochDay(day))));
    }

    public LocalDate previousWorkingDay(LocalDate day) {
        WorkingDayIndex days = index();
        return date(days.dayOfRank(days.rankOf(epochDay(day) + 1) - 1));
    }

    /** The finish of {@code durationDays} of work starting on {@code start}; a milestone (0) finishes on its start. */
    public LocalDate finishOf(LocalDate start, int durationDays) {
        if (durationDays <= 0) {
            return start;
        }
        WorkingDayIndex days = index();
        return date(days.dayOfRank(days.rankOf(epochDay(start)) + durationDays - 1));
    }

    /** The start that makes {@code durationDays} of work finish on {@code finish}. */
    public LocalDate startOf(LocalDate finish, int durationDays) {
        if (durationDays <= 0) {
            return finish;
        }
        WorkingDayIndex days = index();
        return date(days.dayOfRank(days.rankOf(epochDay(finish) + 1) - durationDays));
    }

    /** Working days from {@code start} to {@code finish}, both included; 0 when finish is before start. */
    public int workingDaysBetween(LocalDate start, LocalDate finish) {
        WorkingDayIndex days = index();
        return Math.max(0, days.rankOf(epochDay(finish) + 1) - days.rankOf(epochDay(start)));
    }

    private static int epochDay(LocalDate day) {
        return Math.toIntExact(day.toEpochDay());
    }

    private static LocalDate date(int epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }
}
