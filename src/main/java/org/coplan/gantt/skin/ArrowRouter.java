package org.coplan.gantt.skin;

import org.coplan.domain.DependencyType;

/**
 * The path of a dependency arrow, as planners know it from MS Project: it leaves the predecessor at the end
 * the link type names, and enters the successor's named end horizontally. When the successor begins too
 * early for a simple elbow, the path runs along the boundary between the rows instead of across the bars.
 */
final class ArrowRouter {

    /** How far a path runs straight out of a bar before turning. */
    static final double GAP = 6;

    /** A polyline; the last segment points into the successor. */
    record Route(double[] xs, double[] ys) {

        int size() {
            return xs.length;
        }

        /** Whether the point lies within {@code tolerance} of the path. */
        boolean near(double x, double y, double tolerance) {
            for (int i = 1; i < xs.length; i++) {
                if (distanceToSegment(x, y, xs[i - 1], ys[i - 1], xs[i], ys[i]) <= tolerance) {
                    return true;
                }
            }
            return false;
        }

        private static double distanceToSegment(double x, double y, double x0, double y0, double x1, double y1) {
            double dx = x1 - x0;
            double dy = y1 - y0;
            double lengthSquared = dx * dx + dy * dy;
            double t = lengthSquared == 0 ? 0 : Math.clamp(((x - x0) * dx + (y - y0) * dy) / lengthSquared, 0, 1);
            return Math.hypot(x - (x0 + t * dx), y - (y0 + t * dy));
        }
    }

    private ArrowRouter() {
    }

    /**
     * The route from the predecessor's box to the successor's, whose row occupies {@code successorRowTop} to
     * {@code successorRowTop + rowHeight}.
     */
    static Route route(Box from, Box to, DependencyType type, double successorRowTop, double rowHeight) {
        boolean leavesFinish = type == DependencyType.FS || type == DependencyType.FF;
        boolean entersStart = type == DependencyType.FS || type == DependencyType.SS;
        double sx = leavesFinish ? from.x1() : from.x0();
        double sy = from.midY();
        double ex = entersStart ? to.x0() : to.x1();
        double ey = to.midY();
        int out = leavesFinish ? 1 : -1;
        // the direction of travel along the last segment: rightwards into a start, leftwards into a finish
        int in = entersStart ? 1 : -1;
        double a = sx + out * GAP;
        double b = ex - in * GAP;
        if (out != in) {
            double turn = out > 0 ? Math.max(a, b) : Math.min(a, b);
            return new Route(new double[] {sx, turn, turn, ex}, new double[] {sy, sy, ey, ey});
        }
        boolean elbowFits = out > 0 ? b >= a : b <= a;
        if (elbowFits) {
            return new Route(new double[] {sx, a, a, ex}, new double[] {sy, sy, ey, ey});
        }
        double lane = sy < ey ? successorRowTop : successorRowTop + rowHeight;
        return new Route(new double[] {sx, a, a, b, b, ex}, new double[] {sy, sy, lane, lane, ey, ey});
    }
}
