package org.coplan.scheduling;

import static org.coplan.scheduling.Moments.NO_LOWER_BOUND;
import static org.coplan.scheduling.Moments.endOfDay;
import static org.coplan.scheduling.Moments.instant;
import static org.coplan.scheduling.Moments.latestMomentAtOrBefore;
import static org.coplan.scheduling.Moments.moment;
import static org.coplan.scheduling.Moments.position;
import static org.coplan.scheduling.Moments.startOfDay;

import org.coplan.domain.ConstraintType;

/**
 * Early (= scheduled) dates, one node at a time: each node is computed only from the nodes before it in
 * topological order, so the full pass and an incremental one that revisits changed nodes give the same
 * answer. {@link #compute} says whether the node's results changed.
 */
final class ForwardPass {

    private final PlanArrays plan;
    private final ScheduleResults results;

    ForwardPass(PlanArrays plan, ScheduleResults results) {
        this.plan = plan;
        this.results = results;
    }

    boolean compute(int node) {
        if (node >= plan.itemCount) {
            return entry(node - plan.itemCount);
        }
        return plan.summary[node] ? rollUp(node) : leaf(node);
    }

    private boolean leaf(int i) {
        WorkingDayIndex calendar = plan.calendar[i];
        int lowStart = plan.manual[i] ? NO_LOWER_BOUND : 2 * calendar.rankOf(plan.projectStartDay);
        int lowFinish = NO_LOWER_BOUND;
        for (int k = plan.linksInStart[i]; k < plan.linksInStart[i + 1]; k++) {
            int l = plan.linksIn[k];
            int bound = linkBound(l, calendar);
            if (plan.toStart[l]) {
                lowStart = Math.max(lowStart, bound);
            } else {
                lowFinish = Math.max(lowFinish, bound);
            }
        }
        int parent = plan.parent[i];
        if (parent >= 0) {
            if (results.entryStart[parent] != NO_LOWER_BOUND) {
                lowStart = Math.max(lowStart, position(calendar, results.entryStart[parent]));
            }
            if (results.entryFinish[parent] != NO_LOWER_BOUND) {
                lowFinish = Math.max(lowFinish, position(calendar, results.entryFinish[parent]));
            }
        }
        if (plan.manual[i]) {
            return manual(i, calendar, lowStart, lowFinish);
        }
        ConstraintType constraint = plan.constraint[i];
        int constraintDay = plan.constraintDay[i];
        switch (constraint) {
            case START_NO_EARLIER_THAN -> lowStart = Math.max(lowStart, 2 * calendar.rankOf(constraintDay));
            case FINISH_NO_EARLIER_THAN -> lowFinish = Math.max(lowFinish, 2 * calendar.rankOf(constraintDay + 1) - 1);
            default -> { }
        }
        int start;
        int finish;
        boolean violated;
        if (plan.point[i]) {
            int demanded = Math.max(lowStart, lowFinish);
            int at = switch (constraint) {
                case MUST_START_ON -> 2 * calendar.rankOf(constraintDay);
                case MUST_FINISH_ON -> 2 * calendar.rankOf(constraintDay + 1) - 1;
                case START_NO_LATER_THAN, FINISH_NO_LATER_THAN ->
                        Math.min(demanded, 2 * calendar.rankOf(constraintDay + 1) - 1);
                default -> demanded;
            };
            violated = instant(demanded) > instant(at);
            start = moment(calendar, at);
            finish = start;
        } else {
            int days = plan.duration[i];
            int demanded = Math.max(instant(lowStart), instant(lowFinish) - days);
            int startRank = switch (constraint) {
                case MUST_START_ON -> calendar.rankOf(constraintDay);
                case MUST_FINISH_ON -> calendar.rankOf(constraintDay + 1) - days;
                case START_NO_LATER_THAN -> Math.min(demanded, calendar.rankOf(constraintDay + 1) - 1);
                case FINISH_NO_LATER_THAN -> Math.min(demanded, calendar.rankOf(constraintDay + 1) - days);
                default -> demanded;
            };
            violated = demanded > startRank;
            start = startOfDay(calendar.dayOfRank(startRank));
            finish = endOfDay(calendar.dayOfRank(startRank + days - 1));
        }
        return results.setDates(i, start, finish, finish, plan.duration[i], plan.percent[i], violated);
    }

    /**
     * A manually scheduled item keeps its dates (a manual milestone sits at the end of its day, like one
     * scheduled after a task); it is marked violated when its links (or its summary's) would move it later,
     * as MS Project flags such a task, and its constraint is ignored as MS Project does for manual tasks.
     */
    private boolean manual(int i, WorkingDayIndex calendar, int lowStart, int lowFinish) {
        int finish = endOfDay(plan.manualFinishDay[i]);
        int start = plan.point[i] ? finish : startOfDay(plan.manualStartDay[i]);
        boolean violated = plan.point[i]
                ? instant(position(calendar, start)) < instant(Math.max(lowStart, lowFinish))
                : position(calendar, start) < lowStart || position(calendar, finish) < lowFinish;
        return results.setDates(i, start, finish, finish, plan.duration[i], plan.percent[i], violated);
    }

    /** Where link {@code l} lets its successor start (FS, SS) or finish (FF, SF), on the successor's calendar. */
    private int linkBound(int l, WorkingDayIndex calendar) {
        int predecessor = plan.predecessor[l];
        int from = plan.fromFinish[l] ? results.finish[predecessor] : results.start[predecessor];
        return position(calendar, from + plan.momentLag[l]) + plan.positionLag[l];
    }

    /** The bound links into a summary (and its own constraint, and its parent's entry) put on its descendants. */
    private boolean entry(int summary) {
        WorkingDayIndex calendar = plan.calendar[summary];
        int lowStart = NO_LOWER_BOUND;
        int lowFinish = NO_LOWER_BOUND;
        for (int k = plan.linksInStart[summary]; k < plan.linksInStart[summary + 1]; k++) {
            int l = plan.linksIn[k];
            int bound = linkBound(l, calendar);
            if (plan.toStart[l]) {
                lowStart = Math.max(lowStart, bound);
            } else {
                lowFinish = Math.max(lowFinish, bound);
            }
        }
        int constraintDay = plan.constraintDay[summary];
        switch (plan.constraint[summary]) {
            case START_NO_EARLIER_THAN, MUST_START_ON ->
                    lowStart = Math.max(lowStart, 2 * calendar.rankOf(constraintDay));
            case FINISH_NO_EARLIER_THAN, MUST_FINISH_ON ->
                    lowFinish = Math.max(lowFinish, 2 * calendar.rankOf(constraintDay + 1) - 1);
            default -> { }
        }
        // the latest moment at that position: an end of day followed by days off on the summary's calendar
        // must not let a child on another calendar start on the predecessor's last day
        int entryStart = lowStart == NO_LOWER_BOUND ? NO_LOWER_BOUND : latestMomentAtOrBefore(calendar, lowStart);
        int entryFinish = lowFinish == NO_LOWER_BOUND ? NO_LOWER_BOUND : latestMomentAtOrBefore(calendar, lowFinish);
        int parent = plan.parent[summary];
        if (parent >= 0) {
            entryStart = Math.max(entryStart, results.entryStart[parent]);
            entryFinish = Math.max(entryFinish, results.entryFinish[parent]);
        }
        return results.setEntry(summary, entryStart, entryFinish);
    }

    /** A summary spans its children; its percent complete is weighted by their durations. */
    private boolean rollUp(int summary) {
        int start = Integer.MAX_VALUE;
        int finish = Integer.MIN_VALUE;
        int earliestFinish = Integer.MAX_VALUE;
        long weighted = 0;
        long weights = 0;
        long plainSum = 0;
        int from = plan.childrenStart[summary];
        int to = plan.childrenStart[summary + 1];
        for (int k = from; k < to; k++) {
            int child = plan.children[k];
            start = Math.min(start, results.start[child]);
            finish = Math.max(finish, results.finish[child]);
            earliestFinish = Math.min(earliestFinish, results.earliestFinish[child]);
            weighted += (long) results.duration[child] * results.percent[child];
            weights += results.duration[child];
            plainSum += results.percent[child];
        }
        WorkingDayIndex calendar = plan.calendar[summary];
        int days = Math.max(0, instant(position(calendar, finish)) - instant(position(calendar, start)));
        // rounded down, so that a summary shows 100 % only when all its work is done
        int percent = (int) (weights > 0 ? weighted / weights : plainSum / (to - from));
        return results.setDates(summary, start, finish, earliestFinish, days, percent, false);
    }
}
