package org.coplan.scheduling;

import static org.coplan.scheduling.Moments.NO_UPPER_BOUND;
import static org.coplan.scheduling.Moments.endOfDay;
import static org.coplan.scheduling.Moments.instant;
import static org.coplan.scheduling.Moments.latestMomentAtOrBefore;
import static org.coplan.scheduling.Moments.moment;
import static org.coplan.scheduling.Moments.position;
import static org.coplan.scheduling.Moments.startOfDay;

/**
 * Late dates and slack, one node at a time in reverse topological order (see {@link PlanGraph} for what a
 * summary's two nodes mean here). Every item finishes by the project finish at the latest; hard
 * constraints cap the late dates too, which is where negative slack comes from.
 */
final class BackwardPass {

    private final PlanArrays plan;
    private final ScheduleResults results;

    BackwardPass(PlanArrays plan, ScheduleResults results) {
        this.plan = plan;
        this.results = results;
    }

    boolean compute(int node) {
        if (node >= plan.itemCount) {
            return rollUp(node - plan.itemCount);
        }
        return plan.summary[node] ? exit(node) : leaf(node);
    }

    /**
     * The latest moment link {@code l} lets its predecessor start (SS, SF) or finish (FS, FF), given the
     * successor's late dates ({@code late}) or, for free slack, its early ones.
     */
    private int latestFor(int l, boolean late) {
        int successor = plan.successor[l];
        WorkingDayIndex calendar = plan.calendar[successor];
        int bound = plan.toStart[l]
                ? (late ? results.lateStart[successor] : results.start[successor])
                : (late ? results.earliestLateFinish[successor] : results.earliestFinish[successor]);
        // a link is met when the successor's instant of work is late enough (see ForwardPass): the latest
        // predecessor moment is the start of the working day at the successor's instant, less the lag
        int instant = instant(position(calendar, bound));
        return latestMomentAtOrBefore(calendar, 2 * instant - plan.positionLag[l]) - plan.momentLag[l];
    }

    /** The last working day a task may start on so that it starts by the given moment. */
    private static int latestStartRank(WorkingDayIndex calendar, int moment) {
        return calendar.rankOf(Moments.day(moment) + 1) - 1;
    }

    /** The last working day a task may finish on so that it finishes by the given moment. */
    private static int latestFinishRank(WorkingDayIndex calendar, int moment) {
        return (position(calendar, moment) - 1) >> 1;
    }

    /** The last position a milestone may take so that it is shown at or before the given moment. */
    private static int latestPointPosition(WorkingDayIndex calendar, int moment) {
        int at = position(calendar, moment);
        return moment(calendar, at) > moment ? at - 1 : at;
    }

    private static boolean bindsStart(int l, PlanArrays plan) {
        // SS, SF
        return !plan.fromFinish[l];
    }

    private boolean leaf(int i) {
        WorkingDayIndex calendar = plan.calendar[i];
        int latestStart = NO_UPPER_BOUND;
        int latestFinish = results.projectFinish;
        for (int k = plan.linksOutStart[i]; k < plan.linksOutStart[i + 1]; k++) {
            int l = plan.linksOut[k];
            if (bindsStart(l, plan)) {
                latestStart = Math.min(latestStart, latestFor(l, true));
            } else {
                latestFinish = Math.min(latestFinish, latestFor(l, true));
            }
        }
        int parent = plan.parent[i];
        if (parent >= 0) {
            latestStart = Math.min(latestStart, inheritedLatestStart(i, parent));
            latestFinish = Math.min(latestFinish, results.exitFinish[parent]);
        }
        results.finishBound[i] = latestFinish;
        int earlyPosition = position(calendar, results.start[i]);
        int days = plan.manual[i]
                ? instant(position(calendar, results.finish[i])) - instant(earlyPosition)
                : plan.duration[i];
        boolean constrained = !plan.manual[i];
        // a manual item whose links are not met pins its late dates like a must-start-on, so that the links
        // it does not honour show as negative slack on the work that drives it
        boolean pinned = plan.manual[i] && results.violated[i];
        int constraintDay = plan.constraintDay[i];
        int lateStart;
        int lateFinish;
        int totalSlack;
        if (plan.point[i] || days <= 0) {
            int at = latestPointPosition(calendar, latestFinish);
            if (latestStart != NO_UPPER_BOUND) {
                at = Math.min(at, latestPointPosition(calendar, latestStart));
            }
            if (constrained) {
                at = switch (plan.constraint[i]) {
                    case MUST_START_ON -> Math.min(at, 2 * calendar.rankOf(constraintDay));
                    case MUST_FINISH_ON, START_NO_LATER_THAN, FINISH_NO_LATER_THAN ->
                            Math.min(at, 2 * calendar.rankOf(constraintDay + 1) - 1);
                    default -> at;
                };
            }
            if (pinned) {
                at = Math.min(at, earlyPosition);
            }
            totalSlack = instant(at) - instant(earlyPosition);
            lateStart = moment(calendar, at);
            lateFinish = lateStart;
        } else {
            int startRank = latestFinishRank(calendar, latestFinish) - days + 1;
            if (latestStart != NO_UPPER_BOUND) {
                startRank = Math.min(startRank, latestStartRank(calendar, latestStart));
            }
            if (constrained) {
                startRank = switch (plan.constraint[i]) {
                    case MUST_START_ON -> Math.min(startRank, calendar.rankOf(constraintDay));
                    case START_NO_LATER_THAN -> Math.min(startRank, calendar.rankOf(constraintDay + 1) - 1);
                    case MUST_FINISH_ON, FINISH_NO_LATER_THAN ->
                            Math.min(startRank, calendar.rankOf(constraintDay + 1) - days);
                    default -> startRank;
                };
            }
            if (pinned) {
                startRank = Math.min(startRank, instant(earlyPosition));
            }
            totalSlack = startRank - instant(earlyPosition);
            lateStart = startOfDay(calendar.dayOfRank(startRank));
            lateFinish = endOfDay(calendar.dayOfRank(startRank + days - 1));
        }
        if (totalSlack == 0) {
            // without slack the late dates are the early ones: the end of one working day and the start of the
            // next are the same instant, and a manual item may start or finish on a day off
            lateStart = results.start[i];
            lateFinish = results.finish[i];
        }
        // free slack is at most the total slack and never negative: a critical item has none to look for
        int freeSlack = totalSlack <= 0 ? 0 : Math.min(totalSlack, slipAllowedBySuccessors(i, calendar, days));
        freeSlack = Math.max(0, freeSlack);
        return results.setLate(i, lateStart, lateFinish, lateFinish, totalSlack, freeSlack);
    }

    /** How many working days the item may slip before it moves a successor's early dates. */
    private int slipAllowedBySuccessors(int i, WorkingDayIndex calendar, int days) {
        int allowed = Integer.MAX_VALUE;
        boolean point = plan.point[i] || days <= 0;
        int startPosition = position(calendar, results.start[i]);
        int finishPosition = position(calendar, results.finish[i]);
        for (int k = plan.linksOutStart[i]; k < plan.linksOutStart[i + 1]; k++) {
            int l = plan.linksOut[k];
            int latest = latestFor(l, false);
            int slip;
            if (point) {
                slip = instant(latestPointPosition(calendar, latest)) - instant(startPosition);
            } else if (bindsStart(l, plan)) {
                slip = latestStartRank(calendar, latest) - instant(startPosition);
            } else {
                slip = latestFinishRank(calendar, latest) - ((finishPosition - 1) >> 1);
            }
            allowed = Math.min(allowed, slip);
        }
        return allowed;
    }

    /**
     * A summary finishes when its last child does, so a bound on its finish binds every child; but it starts
     * when its first child does, so a bound on its start binds only the children that start it.
     */
    private int inheritedLatestStart(int child, int parent) {
        return results.start[child] == results.start[parent] ? results.exitStart[parent] : NO_UPPER_BOUND;
    }

    /** The upper bounds a summary's outgoing links, its own late constraint and its parent put on its descendants. */
    private boolean exit(int summary) {
        int parent = plan.parent[summary];
        int latestStart = parent >= 0 ? inheritedLatestStart(summary, parent) : NO_UPPER_BOUND;
        int latestFinish = parent >= 0 ? results.exitFinish[parent] : NO_UPPER_BOUND;
        for (int k = plan.linksOutStart[summary]; k < plan.linksOutStart[summary + 1]; k++) {
            int l = plan.linksOut[k];
            if (bindsStart(l, plan)) {
                latestStart = Math.min(latestStart, latestFor(l, true));
            } else {
                latestFinish = Math.min(latestFinish, latestFor(l, true));
            }
        }
        int constraintEnd = endOfDay(plan.constraintDay[summary]);
        switch (plan.constraint[summary]) {
            case START_NO_LATER_THAN, MUST_START_ON -> latestStart = Math.min(latestStart, constraintEnd);
            case FINISH_NO_LATER_THAN, MUST_FINISH_ON -> latestFinish = Math.min(latestFinish, constraintEnd);
            default -> { }
        }
        return results.setExit(summary, latestStart, latestFinish);
    }

    /** A summary's late dates span its children's; its slack is the least of theirs. */
    private boolean rollUp(int summary) {
        int lateStart = Integer.MAX_VALUE;
        int lateFinish = Integer.MIN_VALUE;
        int earliestLateFinish = Integer.MAX_VALUE;
        int totalSlack = Integer.MAX_VALUE;
        int freeSlack = Integer.MAX_VALUE;
        for (int k = plan.childrenStart[summary]; k < plan.childrenStart[summary + 1]; k++) {
            int child = plan.children[k];
            lateStart = Math.min(lateStart, results.lateStart[child]);
            lateFinish = Math.max(lateFinish, results.lateFinish[child]);
            earliestLateFinish = Math.min(earliestLateFinish, results.earliestLateFinish[child]);
            totalSlack = Math.min(totalSlack, results.totalSlack[child]);
            freeSlack = Math.min(freeSlack, results.freeSlack[child]);
        }
        return results.setLate(summary, lateStart, lateFinish, earliestLateFinish, totalSlack, freeSlack);
    }
}
