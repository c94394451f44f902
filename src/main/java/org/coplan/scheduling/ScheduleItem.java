package org.coplan.scheduling;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.coplan.domain.ConstraintType;

/**
 * One work item as the scheduler sees it. Whether it is a summary follows from other items naming it as
 * their parent. {@code start}, {@code finish} and {@code durationDays} are only read for manually scheduled
 * items (auto-scheduled ones get theirs from the links and constraints); {@code calendar} is the item's
 * {@link WorkingTime}, best one shared instance per calendar, since each instance carries its own index.
 */
public record ScheduleItem(UUID id, UUID parentId, LocalDate start, LocalDate finish, int durationDays,
                           int percentComplete, boolean milestone, boolean manual, ConstraintType constraint,
                           LocalDate constraintDate, WorkingTime calendar) {

    public ScheduleItem {
        Objects.requireNonNull(id, "id");
        if (id.equals(parentId)) {
            throw new IllegalArgumentException("an item cannot be its own parent: " + id);
        }
        if (durationDays < 0) {
            throw new IllegalArgumentException("negative duration " + durationDays + " of " + id);
        }
        if (manual && (start == null || finish == null)) {
            throw new IllegalArgumentException("a manually scheduled item needs its start and finish: " + id);
        }
        constraint = constraint == null ? ConstraintType.AS_SOON_AS_POSSIBLE : constraint;
        if (constraint.needsDate() && constraintDate == null) {
            throw new IllegalArgumentException(constraint + " needs a date: " + id);
        }
        constraintDate = constraint.needsDate() ? constraintDate : null;
        percentComplete = Math.clamp(percentComplete, 0, 100);
        calendar = calendar == null ? WorkingTime.standard() : calendar;
    }

    /** An auto-scheduled, unconstrained activity: the common case, for tests and generators. */
    public static ScheduleItem activity(UUID id, UUID parentId, int durationDays, WorkingTime calendar) {
        return new ScheduleItem(id, parentId, null, null, durationDays, 0, false, false,
                ConstraintType.AS_SOON_AS_POSSIBLE, null, calendar);
    }

    public ScheduleItem withDuration(int days) {
        return new ScheduleItem(id, parentId, start, finish, days, percentComplete, milestone, manual, constraint,
                constraintDate, calendar);
    }

    public ScheduleItem withConstraint(ConstraintType type, LocalDate date) {
        return new ScheduleItem(id, parentId, start, finish, durationDays, percentComplete, milestone, manual, type,
                date, calendar);
    }

    public ScheduleItem withPercentComplete(int percent) {
        return new ScheduleItem(id, parentId, start, finish, durationDays, percent, milestone, manual, constraint,
                constraintDate, calendar);
    }

    public ScheduleItem withManualDates(LocalDate manualStart, LocalDate manualFinish, int days) {
        return new ScheduleItem(id, parentId, manualStart, manualFinish, days, percentComplete, milestone, true,
                constraint, constraintDate, calendar);
    }
}
