package org.coplan.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.coplan.domain.Holiday;
import org.coplan.domain.Ids;
import org.coplan.domain.WorkCalendar;
import org.junit.jupiter.api.Test;

/** Working-day arithmetic around weekends and holidays. */
class WorkingTimeTest {

    private static final LocalDate FRIDAY = LocalDate.of(2025, 3, 7);
    private static final LocalDate SATURDAY = FRIDAY.plusDays(1);
    private static final LocalDate MONDAY = FRIDAY.plusDays(3);
    private static final LocalDate HOLIDAY = LocalDate.of(2025, 3, 21);

    private final WorkingTime standard = WorkingTime.standard();
    private final WorkingTime kazakh = new WorkingTime(new WorkCalendar(Ids.newId(), "Kazakhstan",
            WorkCalendar.MONDAY_TO_FRIDAY, List.of(new Holiday(HOLIDAY, "Nauryz")), false));

    @Test
    void aOneDayActivityFinishesOnItsStart() {
        assertThat(standard.finishOf(FRIDAY, 1)).isEqualTo(FRIDAY);
        assertThat(standard.startOf(FRIDAY, 1)).isEqualTo(FRIDAY);
    }

    @Test
    void workRunsOverTheWeekend() {
        assertThat(standard.finishOf(FRIDAY, 2)).isEqualTo(MONDAY);
        assertThat(standard.finishOf(FRIDAY.minusDays(4), 10)).isEqualTo(MONDAY.plusDays(4));
        assertThat(standard.startOf(MONDAY, 2)).isEqualTo(FRIDAY);
        assertThat(standard.workingDaysBetween(FRIDAY, MONDAY)).isEqualTo(2);
    }

    @Test
    void workStartingOnAWeekendBeginsOnMonday() {
        assertThat(standard.finishOf(SATURDAY, 1)).isEqualTo(MONDAY);
        assertThat(standard.nextWorkingDay(SATURDAY)).isEqualTo(MONDAY);
        assertThat(standard.previousWorkingDay(SATURDAY)).isEqualTo(FRIDAY);
        assertThat(standard.workingDaysBetween(SATURDAY, SATURDAY.plusDays(1))).isZero();
    }

    @Test
    void aMilestoneTakesNoTime() {
        assertThat(standard.finishOf(SATURDAY, 0)).isEqualTo(SATURDAY);
        assertThat(standard.startOf(SATURDAY, 0)).isEqualTo(SATURDAY);
    }

    @Test
    void holidaysAreSkippedLikeWeekends() {
        LocalDate thursday = HOLIDAY.minusDays(1);

        assertThat(kazakh.isWorkingDay(HOLIDAY)).isFalse();
        assertThat(standard.isWorkingDay(HOLIDAY)).isTrue();
        assertThat(kazakh.finishOf(thursday, 2)).isEqualTo(HOLIDAY.plusDays(3));
        assertThat(kazakh.startOf(HOLIDAY.plusDays(3), 2)).isEqualTo(thursday);
        assertThat(kazakh.workingDaysBetween(thursday, HOLIDAY.plusDays(3))).isEqualTo(2);
        assertThat(kazakh.nextWorkingDay(HOLIDAY)).isEqualTo(HOLIDAY.plusDays(3));
    }

    @Test
    void finishBeforeStartCountsNoDays() {
        assertThat(standard.workingDaysBetween(MONDAY, FRIDAY)).isZero();
    }

    @Test
    void aSixDayWeekWorksOnSaturday() {
        WorkingTime sixDays = new WorkingTime(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), Set.of());

        assertThat(sixDays.finishOf(FRIDAY, 2)).isEqualTo(SATURDAY);
    }

    @Test
    void aWeekWithoutWorkingDaysIsRefused() {
        assertThatThrownBy(() -> new WorkingTime(Set.of(), Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 300)
    void startOfUndoesFinishOfAndTheDaysBetweenAreTheDuration(
            @ForAll @IntRange(min = 0, max = 400) int offset, @ForAll @IntRange(min = 1, max = 300) int days) {
        LocalDate start = kazakh.nextWorkingDay(LocalDate.of(2025, 1, 1).plusDays(offset));

        LocalDate finish = kazakh.finishOf(start, days);

        assertThat(kazakh.isWorkingDay(finish)).isTrue();
        assertThat(kazakh.startOf(finish, days)).isEqualTo(start);
        assertThat(kazakh.workingDaysBetween(start, finish)).isEqualTo(days);
    }
}
