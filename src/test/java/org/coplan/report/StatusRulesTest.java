package org.coplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class StatusRulesTest {

    private static final LocalDate STATUS_DATE = LocalDate.of(2026, 6, 15);
    private static final StatusRules RULES = new StatusRules(STATUS_DATE, 5);
    private static final OptionalInt NONE = OptionalInt.empty();
    private static final OptionalInt PLENTY = OptionalInt.of(20);

    @Test
    void aMilestoneDueOnTheStatusDateIsStillOnTrackAndTheDayBeforeItIsOverdue() {
        assertThat(RULES.of(0, STATUS_DATE, NONE, PLENTY)).isEqualTo(MilestoneStatus.ON_TRACK);
        assertThat(RULES.of(0, STATUS_DATE.minusDays(1), NONE, PLENTY)).isEqualTo(MilestoneStatus.OVERDUE);
        assertThat(RULES.of(99, STATUS_DATE.minusDays(1), NONE, PLENTY)).isEqualTo(MilestoneStatus.OVERDUE);
    }

    @Test
    void aCompleteMilestoneIsDoneWhateverItsDatesVarianceAndSlack() {
        assertThat(RULES.of(100, STATUS_DATE.minusDays(30), OptionalInt.of(12), OptionalInt.of(-4)))
                .isEqualTo(MilestoneStatus.DONE);
        assertThat(RULES.of(100, STATUS_DATE.plusDays(30), NONE, NONE)).isEqualTo(MilestoneStatus.DONE);
    }

    @Test
    void oneWorkingDayLaterThanTheBaselineIsSlippedAndOnTheBaselineOrEarlierIsNot() {
        LocalDate future = STATUS_DATE.plusDays(10);
        assertThat(RULES.of(0, future, OptionalInt.of(1), PLENTY)).isEqualTo(MilestoneStatus.SLIPPED);
        assertThat(RULES.of(0, future, OptionalInt.of(0), PLENTY)).isEqualTo(MilestoneStatus.ON_TRACK);
        assertThat(RULES.of(0, future, OptionalInt.of(-3), PLENTY)).isEqualTo(MilestoneStatus.ON_TRACK);
    }

    @Test
    void slackBelowTheThresholdIsAtRiskAndSlackEqualToItIsNot() {
        LocalDate future = STATUS_DATE.plusDays(10);
        assertThat(RULES.of(0, future, OptionalInt.of(0), OptionalInt.of(4))).isEqualTo(MilestoneStatus.AT_RISK);
        assertThat(RULES.of(0, future, OptionalInt.of(0), OptionalInt.of(5))).isEqualTo(MilestoneStatus.ON_TRACK);
        assertThat(RULES.of(0, future, NONE, OptionalInt.of(-2))).isEqualTo(MilestoneStatus.AT_RISK);
        assertThat(new StatusRules(STATUS_DATE, 0).of(0, future, NONE, OptionalInt.of(0)))
                .isEqualTo(MilestoneStatus.ON_TRACK);
    }

    @Test
    void overdueOutranksSlippedAndSlippedOutranksAtRisk() {
        assertThat(RULES.of(0, STATUS_DATE.minusDays(1), OptionalInt.of(8), OptionalInt.of(0)))
                .isEqualTo(MilestoneStatus.OVERDUE);
        assertThat(RULES.of(0, STATUS_DATE, OptionalInt.of(8), OptionalInt.of(0))).isEqualTo(MilestoneStatus.SLIPPED);
    }

    @Test
    void withoutABaselineOrASchedulePassOnlyTheDateDecides() {
        assertThat(RULES.of(0, STATUS_DATE.plusDays(1), NONE, NONE)).isEqualTo(MilestoneStatus.ON_TRACK);
    }

    @Test
    void aNegativeThresholdIsRefused() {
        assertThatThrownBy(() -> new StatusRules(STATUS_DATE, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
