package org.coplan.gantt;

import java.time.LocalDate;

/**
 * Where dates are on the chart: x = (epoch day − {@code originDay}) × {@code dayWidth}. A day covers the
 * half-open span from its own x to the next day's, so a bar from Monday to Friday ends where Saturday begins,
 * and an FS successor starting on that Saturday starts where its predecessor ends.
 *
 * @param originDay the (fractional) epoch day at x = 0: the left edge of the visible chart
 * @param dayWidth  pixels per day, the zoom
 */
public record TimelineScale(double originDay, double dayWidth) {

    public TimelineScale {
        if (!(dayWidth > 0) || Double.isInfinite(dayWidth)) {
            throw new IllegalArgumentException("dayWidth must be positive: " + dayWidth);
        }
    }

    /** The x where {@code day} begins. */
    public double x(LocalDate day) {
        return (day.toEpochDay() - originDay) * dayWidth;
    }

    /** The x where {@code day} ends (the next day begins). */
    public double endX(LocalDate day) {
        return x(day) + dayWidth;
    }

    /** The fractional epoch day at {@code x}. */
    public double dayAt(double x) {
        return originDay + x / dayWidth;
    }

    /** The day that covers {@code x}. */
    public LocalDate dateAt(double x) {
        return LocalDate.ofEpochDay((long) Math.floor(dayAt(x)));
    }

    /** The day whose beginning is nearest to {@code x}: where a dragged edge snaps to. */
    public LocalDate nearestDayStart(double x) {
        return LocalDate.ofEpochDay(Math.round(dayAt(x)));
    }

    /**
     * The scale with {@code dayWidth} × {@code factor} (clamped to the given bounds) that keeps the day under
     * {@code anchorX} where it is, as zooming around the mouse pointer should.
     */
    public TimelineScale zoomedAt(double factor, double anchorX, double minDayWidth, double maxDayWidth) {
        double newWidth = Math.clamp(dayWidth * factor, minDayWidth, maxDayWidth);
        double anchorDay = dayAt(anchorX);
        return new TimelineScale(anchorDay - anchorX / newWidth, newWidth);
    }
}
