package org.coplan.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coplan.scheduling.PlanBuilder.march;

import org.junit.jupiter.api.Test;

/** Total and free slack, the critical path and the project's figures. */
class SlackTest {

    // A (2 days) and B (5 days) in parallel before C (1 day); D (1 day) hangs off A alone
    private static PlanBuilder.Scheduled parallel() {
        return new PlanBuilder().task("A", 2).task("B", 5).task("C", 1).task("D", 1)
                .fs("A", "C").fs("B", "C").fs("A", "D").scheduled();
    }

    @Test
    void theShorterBranchHasSlackAndTheLongerIsCritical() {
        var scheduled = parallel();

        assertThat(scheduled.of("A").totalSlack()).isEqualTo(3);
        assertThat(scheduled.of("A").lateStart()).isEqualTo(march(6));
        assertThat(scheduled.of("B").totalSlack()).isZero();
        assertThat(scheduled.of("B").critical()).isTrue();
        assertThat(scheduled.of("C").critical()).isTrue();
        assertThat(scheduled.of("A").critical()).isFalse();
    }

    @Test
    void freeSlackIsWhatAnItemCanSlipWithoutMovingAnySuccessor() {
        var scheduled = parallel();

        // A may not slip at all without moving D, though it could slip 3 days before moving the finish
        assertThat(scheduled.of("A").freeSlack()).isZero();
        // D (Wed 5) may slip to the project finish, Mon 10
        assertThat(scheduled.of("D").freeSlack()).isEqualTo(3);
        assertThat(scheduled.of("D").totalSlack()).isEqualTo(3);
        assertThat(scheduled.of("B").freeSlack()).isZero();
    }

    @Test
    void theProjectFiguresCountTheCriticalPath() {
        Schedule schedule = parallel().schedule();

        assertThat(schedule.projectFinish()).isEqualTo(march(10));
        assertThat(schedule.criticalItemCount()).isEqualTo(2);
        assertThat(schedule.criticalPathWorkingDays()).isEqualTo(6);
        assertThat(schedule.size()).isEqualTo(4);
    }

    @Test
    void lateDatesAcrossAWeekend() {
        var scheduled = parallel();

        assertThat(scheduled.of("D").lateFinish()).isEqualTo(march(10));
        assertThat(scheduled.of("D").lateStart()).isEqualTo(march(10));
        assertThat(scheduled.of("A").lateFinish()).isEqualTo(march(7));
    }
}
