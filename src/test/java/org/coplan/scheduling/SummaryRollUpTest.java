package org.coplan.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coplan.scheduling.PlanBuilder.march;

import org.coplan.domain.ConstraintType;
import org.coplan.domain.DependencyType;
import org.junit.jupiter.api.Test;

/** Summaries span their children; links into a summary bind all its descendants, links out use its span. */
class SummaryRollUpTest {

    private static PlanBuilder phase() {
        // C1 Mon 3 – Fri 7, C2 Mon 10 – Wed 12
        return new PlanBuilder().summary("S").task("C1", 5, "S").task("C2", 3, "S").fs("C1", "C2");
    }

    @Test
    void aSummarySpansItsChildrenAndCountsTheWorkingDaysBetween() {
        var scheduled = phase().scheduled();

        assertThat(scheduled.start("S")).isEqualTo(march(3));
        assertThat(scheduled.finish("S")).isEqualTo(march(12));
        assertThat(scheduled.of("S").durationDays()).isEqualTo(8);
    }

    @Test
    void percentCompleteIsWeightedByDurationAndMilestonesWeighNothing() {
        PlanBuilder plan = phase().percent("C1", 100);
        var scheduled = plan.scheduled();
        plan.task("Gate", 0, "S");
        var withMilestone = plan.scheduled();

        // (5 × 100 + 3 × 0) / 8 = 62.5, rounded down; a milestone at 0 % changes nothing
        assertThat(scheduled.of("S").percentComplete()).isEqualTo(62);
        assertThat(withMilestone.of("S").percentComplete()).isEqualTo(62);
    }

    @Test
    void aSummaryOfMilestonesOnlyAveragesTheirPercent() {
        PlanBuilder plan = new PlanBuilder().summary("S");
        plan.task("M1", 0, "S").task("M2", 0, "S").percent("M1", 100);
        var milestones = plan.scheduled();

        assertThat(milestones.of("M1").durationDays()).isZero();
        assertThat(milestones.of("S").percentComplete()).isEqualTo(50);
        assertThat(milestones.of("S").durationDays()).isZero();
    }

    @Test
    void aLinkIntoASummaryBindsEveryDescendant() {
        var scheduled = phase().task("P", 2).summary("Inner", "S").task("Deep", 1, "Inner")
                .fs("P", "S").scheduled();

        assertThat(scheduled.start("C1")).isEqualTo(march(5));
        assertThat(scheduled.start("Deep")).isEqualTo(march(5));
        assertThat(scheduled.start("S")).isEqualTo(march(5));
        assertThat(scheduled.finish("S")).isEqualTo(march(14));
    }

    @Test
    void aLinkFromASummaryUsesItsRolledUpFinish() {
        var scheduled = phase().task("Q", 1).fs("S", "Q").scheduled();

        assertThat(scheduled.start("Q")).isEqualTo(march(13));
    }

    @Test
    void aFinishLinkFromASummaryBindsTheLateDatesOfAllItsChildren() {
        var scheduled = phase().task("Q", 1).task("Long", 20).fs("S", "Q").scheduled();

        // Long (Mon 3 – Fri 28) ends the project; Q may start on Fri 28 at the latest, so S's children by Thu 27
        assertThat(scheduled.of("C2").lateFinish()).isEqualTo(march(27));
        assertThat(scheduled.of("C1").lateFinish()).isEqualTo(march(24));
        assertThat(scheduled.of("S").lateFinish()).isEqualTo(march(27));
        assertThat(scheduled.of("S").totalSlack()).isEqualTo(11);
    }

    @Test
    void aSummaryIsCriticalWhenAChildIs() {
        var scheduled = phase().task("Side", 1).scheduled();

        assertThat(scheduled.of("S").critical()).isTrue();
        assertThat(scheduled.of("S").totalSlack()).isZero();
        assertThat(scheduled.of("Side").critical()).isFalse();
    }

    @Test
    void aConstraintOnASummaryBindsItsChildren() {
        var scheduled = phase().constrain("S", ConstraintType.START_NO_EARLIER_THAN, march(10)).scheduled();

        assertThat(scheduled.start("C1")).isEqualTo(march(10));
    }

    @Test
    void aStartToStartLinkIntoASummaryBindsItsChildrenStarts() {
        var scheduled = phase().task("P", 4).link("P", "S", DependencyType.SS, 2).scheduled();

        assertThat(scheduled.start("C1")).isEqualTo(march(5));
    }
}
