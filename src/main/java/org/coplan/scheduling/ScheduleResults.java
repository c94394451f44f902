package org.coplan.scheduling;

import java.util.Arrays;

/**
 * What the passes compute, in arrays indexed by item, as moments (see {@link Moments}). The setters say
 * whether a value changed, which is how an incremental pass knows where to stop, and note the item in
 * the change log while one is being kept.
 */
final class ScheduleResults {

    // forward
    final int[] start;
    final int[] finish;
    /** A summary's earliest child finish (what a finish-type link into it binds); an item's own finish. */
    final int[] earliestFinish;
    final int[] duration;
    final int[] percent;
    final boolean[] violated;
    /** For summaries: the lower bounds their entry puts on their descendants. */
    final int[] entryStart;
    final int[] entryFinish;

    // backward
    final int[] lateStart;
    final int[] lateFinish;
    /** A summary's earliest child late finish (what binds a finish-type link into it); an item's own. */
    final int[] earliestLateFinish;
    /** For summaries: the upper bounds their outgoing links (and ancestors') put on their descendants. */
    final int[] exitStart;
    final int[] exitFinish;
    final int[] totalSlack;
    final int[] freeSlack;
    /**
     * The latest finish moment a leaf's successors, parent and the project finish allowed it, before its
     * calendar and constraint: when the project finish moves, only leaves it bound, or now binds, move.
     */
    final int[] finishBound;

    int projectFinish;

    private final ChangeLog datesLog;
    private final ChangeLog timingLog;

    ScheduleResults(int items) {
        start = new int[items];
        finish = new int[items];
        earliestFinish = new int[items];
        duration = new int[items];
        percent = new int[items];
        violated = new boolean[items];
        entryStart = filled(items, Moments.NO_LOWER_BOUND);
        entryFinish = filled(items, Moments.NO_LOWER_BOUND);
        lateStart = new int[items];
        lateFinish = new int[items];
        earliestLateFinish = new int[items];
        exitStart = filled(items, Moments.NO_UPPER_BOUND);
        exitFinish = filled(items, Moments.NO_UPPER_BOUND);
        totalSlack = new int[items];
        freeSlack = new int[items];
        finishBound = new int[items];
        datesLog = new ChangeLog(items);
        timingLog = new ChangeLog(items);
    }

    private static int[] filled(int size, int value) {
        int[] array = new int[size];
        Arrays.fill(array, value);
        return array;
    }

    boolean setDates(int i, int newStart, int newFinish, int newEarliestFinish, int newDuration, int newPercent,
                     boolean newViolated) {
        boolean datesMoved = start[i] != newStart || finish[i] != newFinish || duration[i] != newDuration
                || percent[i] != newPercent;
        boolean moved = datesMoved || earliestFinish[i] != newEarliestFinish || violated[i] != newViolated;
        if (moved) {
            start[i] = newStart;
            finish[i] = newFinish;
            earliestFinish[i] = newEarliestFinish;
            duration[i] = newDuration;
            percent[i] = newPercent;
            violated[i] = newViolated;
            if (datesMoved) {
                datesLog.note(i);
            }
            timingLog.note(i);
        }
        return moved;
    }

    boolean setEntry(int summary, int newStart, int newFinish) {
        boolean moved = entryStart[summary] != newStart || entryFinish[summary] != newFinish;
        entryStart[summary] = newStart;
        entryFinish[summary] = newFinish;
        return moved;
    }

    boolean setExit(int summary, int newStart, int newFinish) {
        boolean moved = exitStart[summary] != newStart || exitFinish[summary] != newFinish;
        exitStart[summary] = newStart;
        exitFinish[summary] = newFinish;
        return moved;
    }

    boolean setLate(int i, int newLateStart, int newLateFinish, int newEarliestLateFinish, int newTotalSlack,
                    int newFreeSlack) {
        boolean moved = lateStart[i] != newLateStart || lateFinish[i] != newLateFinish
                || earliestLateFinish[i] != newEarliestLateFinish || totalSlack[i] != newTotalSlack
                || freeSlack[i] != newFreeSlack;
        if (moved) {
            lateStart[i] = newLateStart;
            lateFinish[i] = newLateFinish;
            earliestLateFinish[i] = newEarliestLateFinish;
            totalSlack[i] = newTotalSlack;
            freeSlack[i] = newFreeSlack;
            timingLog.note(i);
        }
        return moved;
    }

    void startLogging() {
        datesLog.start();
        timingLog.start();
    }

    ChangeLog datesLog() {
        return datesLog;
    }

    ChangeLog timingLog() {
        return timingLog;
    }

    /** The items noted since {@link #start()}, each once; off until started so a full pass pays nothing. */
    static final class ChangeLog {
        private final boolean[] noted;
        private int[] list = new int[16];
        private int size;
        private boolean on;

        ChangeLog(int items) {
            noted = new boolean[items];
        }

        void start() {
            for (int k = 0; k < size; k++) {
                noted[list[k]] = false;
            }
            size = 0;
            on = true;
        }

        void note(int i) {
            if (on && !noted[i]) {
                noted[i] = true;
                if (size == list.length) {
                    list = Arrays.copyOf(list, size * 2);
                }
                list[size++] = i;
            }
        }

        int size() {
            return size;
        }

        int get(int k) {
            return list[k];
        }
    }
}
