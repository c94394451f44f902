package org.coplan.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coplan.scheduling.PlanBuilder.march;

import org.coplan.domain.DependencyType;
import org.junit.jupiter.api.Test;

/** Milestones take no time and sit at the end of their day; manually scheduled items keep their dates. */
class MilestonesAndManualItemsTest {

    @Test
    void aMilestoneAfterATaskFinishingFridayIsOnFridayAndItsSuccessorStartsMonday() {
        var scheduled = new PlanBuilder().task("T", 5).milestone("M").task("U", 2).fs("T", "M").fs("M", "U")
                .scheduled();

        assertThat(scheduled.start("M")).isEqualTo(march(7));
        assertThat(scheduled.finish("M")).isEqualTo(march(7));
        assertThat(scheduled.of("M").durationDays()).isZero();
        assertThat(scheduled.start("U")).isEqualTo(march(10));
    }

    @Test
    void aMilestoneWithoutPredecessorsSitsAtTheProjectStartAndItsSuccessorStartsThatDay() {
        var scheduled = new PlanBuilder().milestone("M").task("U", 2).fs("M", "U").scheduled();

        assertThat(scheduled.start("M")).isEqualTo(march(3));
        assertThat(scheduled.start("U")).isEqualTo(march(3));
    }

    @Test
    void aMilestoneStartToStartWithATaskSitsOnTheTasksStart() {
        var scheduled = new PlanBuilder().task("X", 2).task("T", 3).milestone("M").fs("X", "T")
                .link("T", "M", DependencyType.SS, 0).scheduled();

        assertThat(scheduled.start("M")).isEqualTo(march(5));
    }

    @Test
    void aMilestoneOnTheCriticalPathHasNoSlack() {
        var scheduled = new PlanBuilder().task("T", 5).milestone("M").task("U", 2).task("Side", 1)
                .fs("T", "M").fs("M", "U").scheduled();

        assertThat(scheduled.of("M").totalSlack()).isZero();
        assertThat(scheduled.of("M").critical()).isTrue();
        assertThat(scheduled.of("Side").totalSlack()).isEqualTo(6);
    }

    @Test
    void aManualItemKeepsItsDatesWhateverDrivesIt() {
        var scheduled = new PlanBuilder().task("P", 10).manual("M", march(5), march(6), 2).task("S", 1)
                .fs("P", "M").fs("M", "S").scheduled();

        assertThat(scheduled.start("M")).isEqualTo(march(5));
        assertThat(scheduled.finish("M")).isEqualTo(march(6));
        assertThat(scheduled.of("M").durationDays()).isEqualTo(2);
        // it still drives its successor
        assertThat(scheduled.start("S")).isEqualTo(march(7));
        // and the link it does not honour is flagged, and shows as negative slack on its predecessor
        assertThat(scheduled.of("M").constraintViolated()).isTrue();
        assertThat(scheduled.of("P").totalSlack()).isEqualTo(-8);
    }

    @Test
    void aManualItemGetsLateDatesAndSlack() {
        var scheduled = new PlanBuilder().manual("M", march(3), march(4), 2).task("Z", 10).scheduled();

        assertThat(scheduled.of("M").lateFinish()).isEqualTo(march(14));
        assertThat(scheduled.of("M").lateStart()).isEqualTo(march(13));
        assertThat(scheduled.of("M").totalSlack()).isEqualTo(8);
    }
}
