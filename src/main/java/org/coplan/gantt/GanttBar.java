package org.coplan.gantt;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the chart draws in one row: an activity bar, a summary bracket or a milestone diamond, with the facts
 * that decorate it. Dates are whole days, both included (a one-day activity starts and finishes on the same
 * day; a milestone's start is its date).
 *
 * @param key             identifies the row's item in edits and links; compared with {@code equals}
 * @param name            drawn beside the bar
 * @param kind            how it is drawn
 * @param percentComplete 0 to 100
 * @param baselineStart   the compared baseline's start, or null when there is none
 * @param baselineFinish  the compared baseline's finish, or null
 * @param critical        whether the scheduler marks it critical (drawn so only when the chart shows critical)
 */
public record GanttBar(Object key, String name, Kind kind, LocalDate start, LocalDate finish, int percentComplete,
                       LocalDate baselineStart, LocalDate baselineFinish, boolean critical) {

    /** The three shapes of a row. */
    public enum Kind { ACTIVITY, SUMMARY, MILESTONE }

    public GanttBar {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(finish, "finish");
        name = name == null ? "" : name;
        if (finish.isBefore(start)) {
            finish = start;
        }
        percentComplete = Math.clamp(percentComplete, 0, 100);
    }

    /** A bar without baseline and not critical. */
    public static GanttBar of(Object key, String name, Kind kind, LocalDate start, LocalDate finish, int percent) {
        return new GanttBar(key, name, kind, start, finish, percent, null, null, false);
    }

    public boolean hasBaseline() {
        return baselineStart != null && baselineFinish != null;
    }

    public boolean isMilestone() {
        return kind == Kind.MILESTONE;
    }
}
