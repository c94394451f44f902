package org.coplan.scheduling;

/**
 * The two time scales the passes work in. A <em>moment</em> is calendar-free: {@code 2 × epochDay} is the
 * start of that day, {@code 2 × epochDay + 1} its end. A <em>position</em> belongs to one calendar:
 * {@code 2r} is the start of the working day of rank {@code r}, {@code 2r + 1} its end. The end of one
 * working day and the start of the next are the same instant of work but not the same clock time; keeping
 * them apart is what lets a milestone sit at the end of Friday (after a task finishing Friday) or at the
 * start of Monday (at the project start) as MS Project shows it. Links convert the predecessor's moments
 * into positions on the successor's calendar, where working-day lags are added as {@code 2 × lag}.
 */
final class Moments {

    /** No bound: below every real moment or position, and still safe to add lags to. */
    static final int NO_LOWER_BOUND = Integer.MIN_VALUE / 4;
    /** No bound from above. */
    static final int NO_UPPER_BOUND = Integer.MAX_VALUE / 4;

    private Moments() {
    }

    static int startOfDay(int epochDay) {
        return 2 * epochDay;
    }

    static int endOfDay(int epochDay) {
        return 2 * epochDay + 1;
    }

    static int day(int moment) {
        return moment >> 1;
    }

    /** The position of a moment: a start of a day off moves on to the next working day, an end back to the last. */
    static int position(WorkingDayIndex calendar, int moment) {
        int day = moment >> 1;
        return (moment & 1) == 0 ? 2 * calendar.rankOf(day) : 2 * calendar.rankOf(day + 1) - 1;
    }

    /** The moment a position is shown at: the start or the end of its working day. */
    static int moment(WorkingDayIndex calendar, int position) {
        int day = calendar.dayOfRank(position >> 1);
        return (position & 1) == 0 ? startOfDay(day) : endOfDay(day);
    }

    /** The latest moment whose position is at most {@code position}: the inverse used by the backward pass. */
    static int latestMomentAtOrBefore(WorkingDayIndex calendar, int position) {
        if ((position & 1) == 0) {
            return startOfDay(calendar.dayOfRank(position >> 1));
        }
        // the end of the last day (perhaps a day off) before the next working day
        return startOfDay(calendar.dayOfRank((position >> 1) + 1)) - 1;
    }

    /** The instant of work a position stands for: ends of days fall together with the next start. */
    static int instant(int position) {
        return (position + 1) >> 1;
    }
}
