package org.coplan.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.coplan.domain.WorkCalendar;

/**
 * Working-day arithmetic on one calendar. A duration of {@code n} working days starting on a working day
 * finishes on the {@code n}-th working day counted from the start (a 1-day activity starts and finishes on
 * the same day), as MS Project shows day-granular plans.
 */
public final class WorkingTime {

    private final Set<DayOfWeek> workingDays;
    private final Set<LocalDate> holidays;

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

    /** Monday to Friday, no holidays: the default until a calendar is chosen. */
    public static WorkingTime standard() {
        return new WorkingTime(WorkCalendar.MONDAY_TO_FRIDAY, Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        return workingDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** The day itself when it is a working day, else the next working day. */
    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate candidate = day;
        while (!isWorkingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    public LocalDate previousWorkingDay(LocalDate day) {
        LocalDate candidate = day;
        while (!isWorkingDay(candidate)) {
            candidate = candidate.minusDays(1);
        }
        return candidate;
    }

    /** The finish of {@code durationDays} of work starting on {@code start}; a milestone (0) finishes on its start. */
    public LocalDate finishOf(LocalDate start, int durationDays) {
        if (durationDays <= 0) {
            return start;
        }
        LocalDate day = nextWorkingDay(start);
        for (int counted = 1; counted < durationDays; counted++) {
            day = nextWorkingDay(day.plusDays(1));
        }
        return day;
    }

    /** The start that makes {@code durationDays} of work finish on {@code finish}. */
    public LocalDate startOf(LocalDate finish, int durationDays) {
        if (durationDays <= 0) {
            return finish;
        }
        LocalDate day = previousWorkingDay(finish);
        for (int counted = 1; counted < durationDays; counted++) {
            day = previousWorkingDay(day.minusDays(1));
        }
        return day;
    }

    /** Working days from {@code start} to {@code finish}, both included; 0 when finish is before start. */
    public int workingDaysBetween(LocalDate start, LocalDate finish) {
        int count = 0;
        for (LocalDate day = start; !day.isAfter(finish); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
