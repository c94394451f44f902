package org.coplan.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The constant-time answers of {@link WorkingTime} agree with counting day by day, inside the precomputed
 * years and outside them (before 1970, after 2200), on a calendar with holidays and a six-day week.
 */
class WorkingDayIndexTest {

    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2025, 3, 21), LocalDate.of(2025, 3, 24),
            LocalDate.of(1969, 12, 31), LocalDate.of(2201, 1, 2));
    private final WorkingTime kazakh = new WorkingTime(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), HOLIDAYS);
    private final WorkingTime sixDays = new WorkingTime(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
            Set.of());

    private static boolean works(WorkingTime time, Set<LocalDate> holidays, Set<DayOfWeek> days, LocalDate day) {
        return days.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    @Property(tries = 500)
    void answersMatchCountingDayByDay(@ForAll @IntRange(min = -2000, max = 2000) int offset,
                                      @ForAll @IntRange(min = 0, max = 60) int days,
                                      @ForAll @IntRange(min = 0, max = 2) int era) {
        LocalDate base = switch (era) {
            case 0 -> LocalDate.of(2025, 3, 10);
            case 1 -> LocalDate.of(1969, 12, 20);
            default -> LocalDate.of(2200, 12, 20);
        };
        LocalDate day = base.plusDays(offset % (era == 0 ? 2000 : 40));
        Set<DayOfWeek> week = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

        assertThat(kazakh.isWorkingDay(day)).isEqualTo(works(kazakh, HOLIDAYS, week, day));
        LocalDate next = day;
        while (!works(kazakh, HOLIDAYS, week, next)) {
            next = next.plusDays(1);
        }
        assertThat(kazakh.nextWorkingDay(day)).isEqualTo(next);
        LocalDate finish = next;
        for (int counted = 1; counted < days; counted++) {
            finish = finish.plusDays(1);
            while (!works(kazakh, HOLIDAYS, week, finish)) {
                finish = finish.plusDays(1);
            }
        }
        if (days > 0) {
            assertThat(kazakh.finishOf(day, days)).isEqualTo(finish);
            assertThat(kazakh.workingDaysBetween(day, finish)).isEqualTo(days);
            assertThat(kazakh.startOf(finish, days)).isEqualTo(next);
        }
        assertThat(sixDays.isWorkingDay(day)).isEqualTo(day.getDayOfWeek() != DayOfWeek.SUNDAY);
    }
}
