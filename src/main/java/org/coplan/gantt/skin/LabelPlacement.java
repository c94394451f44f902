package org.coplan.gantt.skin;

/**
 * Where a bar's label goes and how wide it may be drawn. Labels stay on the right of the bar, where MS
 * Project puts them (arrows enter bars from the left, so a label there would be crossed); one that would
 * run past the chart's right edge is shortened to what fits, and dropped when less than {@code minWidth}
 * would be left, so no label is cut mid-letter by the edge.
 *
 * @param x     where the label starts
 * @param width how much of it may be drawn (its whole width when it fits)
 */
record LabelPlacement(double x, double width) {

    /** The edge margin kept free on the right. */
    static final double MARGIN = 4;

    /**
     * @param after     the right end of what the label follows (the bar, or its slack bar)
     * @param textWidth the label's full width
     * @param viewWidth the chart's width
     * @param gap       the space between the bar and its label
     * @param minWidth  the least width worth drawing
     * @return the placement, or null when the label is dropped
     */
    static LabelPlacement beside(double after, double textWidth, double viewWidth, double gap, double minWidth) {
        double x = after + gap;
        double available = viewWidth - MARGIN - x;
        if (available >= textWidth) {
            return new LabelPlacement(x, textWidth);
        }
        return available >= Math.min(minWidth, textWidth) ? new LabelPlacement(x, available) : null;
    }
}
