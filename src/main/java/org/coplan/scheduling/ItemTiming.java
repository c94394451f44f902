package org.coplan.scheduling;

import java.time.LocalDate;

/**
 * The scheduler's answer for one item. {@code start}, {@code finish}, {@code durationDays} and
 * {@code percentComplete} are the scheduled values the item stores; the early dates equal them (the forward
 * pass honours constraints), the late dates and the slack (working days on the item's calendar) are derived.
 * Total slack is negative when a constraint or a link cannot be met; {@code constraintViolated} marks the
 * item whose hard constraint overrode a link or inherited bound.
 */
public record ItemTiming(LocalDate start, LocalDate finish, int durationDays, int percentComplete,
                         LocalDate earlyStart, LocalDate earlyFinish, LocalDate lateStart, LocalDate lateFinish,
                         int totalSlack, int freeSlack, boolean critical, boolean constraintViolated) {
}
