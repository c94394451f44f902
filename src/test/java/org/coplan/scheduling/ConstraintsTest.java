package org.coplan.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coplan.domain.ConstraintType.FINISH_NO_EARLIER_THAN;
import static org.coplan.domain.ConstraintType.FINISH_NO_LATER_THAN;
import static org.coplan.domain.ConstraintType.MUST_FINISH_ON;
import static org.coplan.domain.ConstraintType.MUST_START_ON;
import static org.coplan.domain.ConstraintType.START_NO_EARLIER_THAN;
import static org.coplan.domain.ConstraintType.START_NO_LATER_THAN;
import static org.coplan.scheduling.PlanBuilder.march;

import org.coplan.domain.ConstraintType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Each constraint on B (3 days), which its link alone would start on Mon 17 March (after X, Mon 3 – Fri 7,
 * and A, Mon 10 – Fri 14). Hard constraints win over the link; the link that cannot be met then shows as
 * negative slack on the chain that drives B, and B is marked violated.
 */
class ConstraintsTest {

    private static PlanBuilder.Scheduled constrained(ConstraintType type, int day) {
        return new PlanBuilder().task("X", 5).task("A", 5).task("B", 3).fs("X", "A").fs("A", "B")
                .constrain("B", type, march(day)).scheduled();
    }

    @ParameterizedTest(name = "{0} {1} March: B runs {2} – {3} March, violated {4}")
    @CsvSource({
            "START_NO_EARLIER_THAN, 19, 19, 21, false",
            "START_NO_EARLIER_THAN, 12, 17, 19, false",   // the link is later: it wins
            "START_NO_EARLIER_THAN, 15, 17, 19, false",   // a Saturday: the next working day
            "FINISH_NO_EARLIER_THAN, 25, 21, 25, false",
            "FINISH_NO_EARLIER_THAN, 18, 17, 19, false",
            "START_NO_LATER_THAN, 20, 17, 19, false",
            "START_NO_LATER_THAN, 12, 12, 14, true",
            "FINISH_NO_LATER_THAN, 31, 17, 19, false",
            "FINISH_NO_LATER_THAN, 18, 14, 18, true",
            "MUST_START_ON, 20, 20, 24, false",
            "MUST_START_ON, 12, 12, 14, true",
            "MUST_FINISH_ON, 21, 19, 21, false",
            "MUST_FINISH_ON, 16, 12, 14, true",           // a Sunday: the working day before
    })
    void eachConstraintPlacesTheItem(ConstraintType type, int day, int start, int finish, boolean violated) {
        var scheduled = constrained(type, day);

        assertThat(scheduled.start("B")).isEqualTo(march(start));
        assertThat(scheduled.finish("B")).isEqualTo(march(finish));
        assertThat(scheduled.of("B").constraintViolated()).isEqualTo(violated);
    }

    @Test
    void anImpossibleStartNoLaterThanShowsAsNegativeSlackOnTheDrivingChain() {
        var scheduled = constrained(START_NO_LATER_THAN, 12);

        // A must finish by Tue 11 to let B start on Wed 12, but finishes Fri 14: three days late
        assertThat(scheduled.of("A").lateFinish()).isEqualTo(march(11));
        assertThat(scheduled.of("A").totalSlack()).isEqualTo(-3);
        assertThat(scheduled.of("X").totalSlack()).isEqualTo(-3);
        assertThat(scheduled.of("A").critical()).isTrue();
        assertThat(scheduled.of("A").freeSlack()).isZero();
        assertThat(scheduled.of("B").totalSlack()).isZero();
    }

    @Test
    void anImpossibleFinishNoLaterThanShowsAsNegativeSlack() {
        var scheduled = constrained(FINISH_NO_LATER_THAN, 18);

        assertThat(scheduled.of("A").totalSlack()).isEqualTo(-1);
        assertThat(scheduled.of("B").lateFinish()).isEqualTo(march(18));
    }

    @Test
    void lateDatesHonourAStartNoLaterThanThatCanBeMet() {
        var scheduled = new PlanBuilder().task("A", 2).task("Z", 10).constrain("A", START_NO_LATER_THAN, march(4))
                .scheduled();

        // without the constraint A could slip to finish with Z on Fri 14
        assertThat(scheduled.of("A").lateStart()).isEqualTo(march(4));
        assertThat(scheduled.of("A").totalSlack()).isEqualTo(1);
        assertThat(scheduled.of("A").constraintViolated()).isFalse();
    }

    @Test
    void lateDatesHonourMustDates() {
        var scheduled = new PlanBuilder().task("A", 2).task("Z", 10)
                .constrain("A", MUST_START_ON, march(5)).scheduled();

        assertThat(scheduled.start("A")).isEqualTo(march(5));
        assertThat(scheduled.of("A").lateStart()).isEqualTo(march(5));
        assertThat(scheduled.of("A").totalSlack()).isZero();
    }

    @Test
    void aMustFinishOnMilestoneSitsAtTheEndOfItsDay() {
        var scheduled = new PlanBuilder().milestone("M").task("T", 1).fs("M", "T")
                .constrain("M", MUST_FINISH_ON, march(5)).scheduled();

        assertThat(scheduled.start("M")).isEqualTo(march(5));
        assertThat(scheduled.start("T")).isEqualTo(march(6));
    }

    @Test
    void aStartNoEarlierThanMilestoneSitsAtTheStartOfItsDay() {
        var scheduled = new PlanBuilder().milestone("M").task("T", 1).fs("M", "T")
                .constrain("M", START_NO_EARLIER_THAN, march(5)).constrain("T", FINISH_NO_EARLIER_THAN, march(3))
                .scheduled();

        assertThat(scheduled.start("M")).isEqualTo(march(5));
        assertThat(scheduled.start("T")).isEqualTo(march(5));
    }
}
