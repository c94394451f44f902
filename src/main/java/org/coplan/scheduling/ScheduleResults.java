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

    /**
     * These results for a reshaped plan: row {@code i} moves to {@code newIndex[i]} (dropped when negative),
     * or stays where it is when nothing was removed ({@code identity}); the other rows are new items, not
     * computed yet.
     */
    ScheduleResults renumbered(int[] newIndex, int items, boolean identity) {
        ScheduleResults moved = new ScheduleResults(items);
        moved.projectFinish = projectFinish;
        if (identity) {
            // nothing removed: whole arrays copy much faster than row by row
            int kept = start.length;
            System.arraycopy(start, 0, moved.start, 0, kept);
            System.arraycopy(finish, 0, moved.finish, 0, kept);
            System.arraycopy(earliestFinish, 0, moved.earliestFinish, 0, kept);
            System.arraycopy(duration, 0, moved.duration, 0, kept);
            System.arraycopy(percent, 0, moved.percent, 0, kept);
            System.arraycopy(violated, 0, moved.violated, 0, kept);
            System.arraycopy(entryStart, 0, moved.entryStart, 0, kept);
            System.arraycopy(entryFinish, 0, moved.entryFinish, 0, kept);
            System.arraycopy(lateStart, 0, moved.lateStart, 0, kept);
            System.arraycopy(lateFinish, 0, moved.lateFinish, 0, kept);
            System.arraycopy(earliestLateFinish, 0, moved.earliestLateFinish, 0, kept);
            System.arraycopy(exitStart, 0, moved.exitStart, 0, kept);
            System.arraycopy(exitFinish, 0, moved.exitFinish, 0, kept);
            System.arraycopy(totalSlack, 0, moved.totalSlack, 0, kept);
            System.arraycopy(freeSlack, 0, moved.freeSlack, 0, kept);
            System.arraycopy(finishBound, 0, moved.finishBound, 0, kept);
            return moved;
        }
        for (int i = 0; i < newIndex.length; i++) {
            int to = newIndex[i];
            if (to >= 0) {
                moved.start[to] = start[i];
                moved.finish[to] = finish[i];
                moved.earliestFinish[to] = earliestFinish[i];
                moved.duration[to] = duration[i];
                moved.percent[to] = percent[i];
                moved.violated[to] = violated[i];
                moved.entryStart[to] = entryStart[i];
                moved.entryFinish[to] = entryFinish[i];
                moved.lateStart[to] = lateStart[i];
                moved.lateFinish[to] = lateFinish[i];
                moved.earliestLateFinish[to] = earliestLateFinish[i];
                moved.exitStart[to] = exitStart[i];
                moved.exitFinish[to] = exitFinish[i];
                moved.totalSlack[to] = totalSlack[i];
                moved.freeSlack[to] = freeSlack[i];
                moved.finishBound[to] = finishBound[i];
            }
        }
        return moved;
    }

    /** A new item counts as changed whatever the passes give it. */
    void noteNew(int i) {
        datesLog.note(i);
        timingLog.note(i);
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
