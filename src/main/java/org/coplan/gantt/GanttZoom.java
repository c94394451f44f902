package org.coplan.gantt;

/**
 * The two header tiers shown at a given day width, from days to years, like MS Project's timescale. Each
 * level begins where its lower tier's cells become wide enough to carry a label; it also says how far a
 * dragged bar snaps and whether non-working days are wide enough to shade.
 */
public enum GanttZoom {
    /** Weeks over days: from 16 px a day. */
    WEEK_DAY(TimelineUnit.WEEK, TimelineUnit.DAY, 16, 1),
    /** Months over weeks: from 3 px a day. */
    MONTH_WEEK(TimelineUnit.MONTH, TimelineUnit.WEEK, 3, 1),
    /** Quarters over months: from 1 px a day. */
    QUARTER_MONTH(TimelineUnit.QUARTER, TimelineUnit.MONTH, 1, 7),
    /** Years over quarters: below 1 px a day. */
    YEAR_QUARTER(TimelineUnit.YEAR, TimelineUnit.QUARTER, 0, 7);

    /** The narrowest and widest day the chart zooms to: a year in about 55 px, a day in 64 px. */
    public static final double MIN_DAY_WIDTH = 0.15;
    public static final double MAX_DAY_WIDTH = 64;

    private final TimelineUnit upper;
    private final TimelineUnit lower;
    private final double fromDayWidth;
    private final int snapDays;

    GanttZoom(TimelineUnit upper, TimelineUnit lower, double fromDayWidth, int snapDays) {
        this.upper = upper;
        this.lower = lower;
        this.fromDayWidth = fromDayWidth;
        this.snapDays = snapDays;
    }

    /** The level for {@code dayWidth} pixels per day. */
    public static GanttZoom forDayWidth(double dayWidth) {
        for (GanttZoom zoom : values()) {
            if (dayWidth >= zoom.fromDayWidth) {
                return zoom;
            }
        }
        return YEAR_QUARTER;
    }

    public TimelineUnit upper() {
        return upper;
    }

    public TimelineUnit lower() {
        return lower;
    }

    /** The day width this level begins at; zooming to a level sets about this width. */
    public double fromDayWidth() {
        return fromDayWidth;
    }

    /** Dragged bars move and stretch in steps of this many days. */
    public int snapDays() {
        return snapDays;
    }

    /** Whether weekends and holidays are wide enough to shade. */
    public boolean showsNonWorkingDays() {
        return this == WEEK_DAY || this == MONTH_WEEK;
    }

    /** Rounds a dragged distance in days to this level's step. */
    public long snap(double days) {
        return Math.round(days / snapDays) * snapDays;
    }
}
