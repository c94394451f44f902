package org.coplan.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How a milestone's status is decided on the status date, the first rule that applies winning:
 * <ol>
 * <li>done: 100 % complete, whatever its dates;</li>
 * <li>overdue: its date is before the status date and it is not done (a milestone due on the status date is
 *     still due, not overdue);</li>
 * <li>slipped: its date is later than the baseline's, by at least one working day;</li>
 * <li>at risk: its total slack is below the threshold (with a threshold of 5, slack of 4 days is at risk,
 *     5 is not); negative slack, a missed constraint, is always below;</li>
 * <li>on track: none of these.</li>
 * </ol>
 */
public record StatusRules(LocalDate statusDate, int atRiskSlackDays) {

    public static final int DEFAULT_AT_RISK_SLACK_DAYS = 5;

    public StatusRules {
        Objects.requireNonNull(statusDate, "statusDate");
        if (atRiskSlackDays < 0) {
            throw new IllegalArgumentException("at-risk threshold below zero: " + atRiskSlackDays);
        }
    }

    /**
     * @param finishVariance working days from the baseline date to the current one, empty without a baseline
     * @param totalSlack     the engine's total slack in working days, empty when the item was not scheduled
     */
    public MilestoneStatus of(int percentComplete, LocalDate current, OptionalInt finishVariance,
                              OptionalInt totalSlack) {
        if (percentComplete >= 100) {
            return MilestoneStatus.DONE;
        }
        if (current.isBefore(statusDate)) {
            return MilestoneStatus.OVERDUE;
        }
        if (finishVariance.isPresent() && finishVariance.getAsInt() > 0) {
            return MilestoneStatus.SLIPPED;
        }
        if (totalSlack.isPresent() && totalSlack.getAsInt() < atRiskSlackDays) {
            return MilestoneStatus.AT_RISK;
        }
        return MilestoneStatus.ON_TRACK;
    }
}
