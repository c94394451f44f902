package org.coplan.service.baseline;

import java.time.LocalDate;

/**
 * One item against the compared baseline: the baseline's dates (for a summary saved without its own entry,
 * the span of its children's) and how far the current dates are from them in working days of the item's
 * calendar, positive when late, negative when early.
 */
public record ItemVariance(LocalDate baselineStart, LocalDate baselineFinish, int startDays, int finishDays) {
}
