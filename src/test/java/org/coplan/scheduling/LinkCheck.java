package org.coplan.scheduling;

import java.time.LocalDate;

/**
 * Whether a link between two activities is met, written independently of the engine with the plain
 * {@link WorkingTime} operations, as the semantics record states the rules.
 */
final class LinkCheck {

    private LinkCheck() {
    }

    static boolean isMet(ScheduleLink link, ItemTiming predecessor, ItemTiming scheduled, WorkingTime calendar) {
        int lag = link.lag();
        // a manual item may start or finish on a day off: in working time that is the working day next to it
        ItemTiming successor = new ItemTiming(calendar.nextWorkingDay(scheduled.start()),
                calendar.previousWorkingDay(scheduled.finish()), 0, 0, null, null, null, null, 0, 0, false, false);
        if (link.elapsedLag()) {
            return switch (link.type()) {
                case FS -> !successor.start().isBefore(calendar.nextWorkingDay(predecessor.finish().plusDays(1 + lag)));
                case SS -> !successor.start().isBefore(calendar.nextWorkingDay(predecessor.start().plusDays(lag)));
                case FF -> !successor.finish().isBefore(calendar.previousWorkingDay(predecessor.finish().plusDays(lag)));
                case SF -> !successor.finish().isBefore(
                        calendar.previousWorkingDay(predecessor.start().minusDays(1).plusDays(lag)));
            };
        }
        return switch (link.type()) {
            case FS -> !successor.start().isBefore(
                    plus(calendar, calendar.nextWorkingDay(predecessor.finish().plusDays(1)), lag));
            case SS -> !successor.start().isBefore(plus(calendar, calendar.nextWorkingDay(predecessor.start()), lag));
            case FF -> !successor.finish().isBefore(plus(calendar, calendar.previousWorkingDay(predecessor.finish()), lag));
            case SF -> !successor.finish().isBefore(
                    plus(calendar, calendar.previousWorkingDay(predecessor.start().minusDays(1)), lag));
        };
    }

    /** The working day {@code lag} working days after (before, when negative) a working day. */
    private static LocalDate plus(WorkingTime calendar, LocalDate workingDay, int lag) {
        return lag >= 0 ? calendar.finishOf(workingDay, lag + 1) : calendar.startOf(workingDay, 1 - lag);
    }
}
