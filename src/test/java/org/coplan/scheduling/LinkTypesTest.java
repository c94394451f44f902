package org.coplan.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coplan.scheduling.PlanBuilder.march;

import java.time.LocalDate;
import java.util.List;
import org.coplan.domain.DependencyType;
import org.coplan.domain.Holiday;
import org.coplan.domain.Ids;
import org.coplan.domain.WorkCalendar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Each link type with positive and negative lag, computed by hand. X (5 days) runs Mon 3 – Fri 7 March 2025
 * and A (5 days) follows it, Mon 10 – Fri 14; B is linked to A.
 */
class LinkTypesTest {

    private static PlanBuilder driver() {
        return new PlanBuilder().task("X", 5).task("A", 5).fs("X", "A");
    }

    @ParameterizedTest(name = "B {2}d {0}{1} after A runs {3} – {4} March")
    @CsvSource({
            "FS, 0, 3, 17, 19",   // the next working day after Friday
            "FS, 2, 3, 19, 21",
            "FS, -2, 3, 13, 17",  // a lead: two days before the end, over the weekend
            "SS, 2, 3, 12, 14",
            "SS, -3, 3, 5, 7",
            "FF, 0, 3, 12, 14",
            "FF, 2, 3, 14, 18",
            "FF, -2, 3, 10, 12",
            "SF, 0, 2, 6, 7",     // finishes by the day before A starts
            "SF, 2, 2, 10, 11",
            "SF, -1, 2, 5, 6",
    })
    void eachLinkTypeBindsTheRightEnds(DependencyType type, int lag, int days, int start, int finish) {
        var scheduled = driver().task("B", days).link("A", "B", type, lag).scheduled();

        assertThat(scheduled.start("A")).isEqualTo(march(10));
        assertThat(scheduled.start("B")).isEqualTo(march(start));
        assertThat(scheduled.finish("B")).isEqualTo(march(finish));
        assertThat(scheduled.of("B").durationDays()).isEqualTo(days);
    }

    @Test
    void anElapsedLagCountsCalendarDays() {
        var fiveDays = driver().task("B", 1).elapsed("A", "B", DependencyType.FS, 5).scheduled();
        var twoDays = driver().task("B", 1).elapsed("A", "B", DependencyType.FS, 2).scheduled();

        // Friday evening + 5 days = Wednesday evening; + 2 days = Sunday evening
        assertThat(fiveDays.start("B")).isEqualTo(march(20));
        assertThat(twoDays.start("B")).isEqualTo(march(17));
    }

    @Test
    void durationsAndLagsCountOnTheSuccessorsCalendarAroundAHoliday() {
        LocalDate nauryz = march(21);
        WorkingTime kazakh = new WorkingTime(new WorkCalendar(Ids.newId(), "KZ", WorkCalendar.MONDAY_TO_FRIDAY,
                List.of(new Holiday(nauryz, "Nauryz")), false));
        var scheduled = new PlanBuilder()
                .task("P", 13)                                 // Mon 3 – Wed 19
                .on(kazakh).task("K", 1).task("L", 3)
                .on(WorkingTime.standard()).task("S", 1)
                .link("P", "K", DependencyType.FS, 1)           // Thu 20, +1 skips the holiday: Mon 24
                .link("P", "S", DependencyType.FS, 1)           // Thu 20, +1: Fri 21 on the standard calendar
                .fs("P", "L")                                   // Thu 20, Mon 24, Tue 25
                .scheduled();

        assertThat(scheduled.finish("P")).isEqualTo(march(19));
        assertThat(scheduled.start("K")).isEqualTo(march(24));
        assertThat(scheduled.start("S")).isEqualTo(march(21));
        assertThat(scheduled.start("L")).isEqualTo(march(20));
        assertThat(scheduled.finish("L")).isEqualTo(march(25));
        assertThat(scheduled.of("L").durationDays()).isEqualTo(3);
    }

    @Test
    void aSuccessorWaitsForItsLatestPredecessor() {
        var scheduled = new PlanBuilder().task("A", 2).task("B", 4).task("C", 1).fs("A", "C").fs("B", "C")
                .scheduled();

        assertThat(scheduled.start("C")).isEqualTo(march(7));
    }

    @Test
    void anItemWithoutPredecessorsStartsOnTheFirstWorkingDayOfTheProject() {
        var scheduled = new PlanBuilder().task("A", 2).schedule();

        assertThat(Schedule.compute(List.of(ScheduleItem.activity(Ids.newId(), null, 1, WorkingTime.standard())),
                List.of(), LocalDate.of(2025, 3, 1)).projectFinish()).isEqualTo(march(3));
        assertThat(scheduled.projectFinish()).isEqualTo(march(4));
    }
}
