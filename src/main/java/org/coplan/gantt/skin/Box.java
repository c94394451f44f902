package org.coplan.gantt.skin;

/** A rectangle in body coordinates: where a bar was drawn, for hit-testing and for routing arrows. */
record Box(double x0, double y0, double x1, double y1) {

    double midY() {
        return (y0 + y1) / 2;
    }

    double width() {
        return x1 - x0;
    }

    double height() {
        return y1 - y0;
    }

    boolean contains(double x, double y, double slack) {
        return x >= x0 - slack && x <= x1 + slack && y >= y0 - slack && y <= y1 + slack;
    }
}
