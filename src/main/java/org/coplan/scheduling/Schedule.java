package org.coplan.scheduling;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The critical-path schedule of a plan, at day granularity with MS Project's semantics (see
 * docs/decisions/0006-scheduling-semantics.md): a forward pass for the early (scheduled) dates, a
 * backward pass for the late dates, total and free slack. {@link #compute} runs both over everything;
 * {@link #apply} revisits only the nodes an edit reaches and stops where nothing changes, with exactly
 * the result a full pass would give. Not thread-safe: one schedule belongs to one editing session.
 */
public final class Schedule {

    private final LocalDate projectStart;
    private PlanArrays plan;
    private PlanGraph graph;
    private ScheduleResults results;
    private ForwardPass forward;
    private BackwardPass backward;

    private Schedule(PlanArrays plan) {
        this.projectStart = plan.projectStart;
        PlanGraph newGraph = new PlanGraph(plan);
        install(plan, newGraph, new ScheduleResults(plan.itemCount));
        for (int node : graph.order) {
            forward.compute(node);
        }
        results.projectFinish = latestFinish();
        for (int k = graph.order.length - 1; k >= 0; k--) {
            backward.compute(graph.order[k]);
        }
    }

    /**
     * Schedules the plan from scratch.
     *
     * @throws ScheduleCycleException when the links (with the outline) go round in a circle
     * @throws IllegalArgumentException when an id is listed twice or the outline is circular
     */
    public static Schedule compute(Collection<ScheduleItem> items, Collection<ScheduleLink> links,
                                   LocalDate projectStart) {
        // the plan indexed here is nobody else's: the schedule takes its arrays without copying them
        return new Schedule(IndexedPlan.of(items, links, projectStart).arrays(false));
    }

    /**
     * Schedules an indexed plan from scratch; the plan is left as it is, to be scheduled again.
     *
     * @throws ScheduleCycleException when the links (with the outline) go round in a circle
     * @throws IllegalArgumentException when the outline is circular
     */
    public static Schedule compute(IndexedPlan plan) {
        return new Schedule(plan.arrays(true));
    }

    private void install(PlanArrays newPlan, PlanGraph newGraph, ScheduleResults newResults) {
        plan = newPlan;
        graph = newGraph;
        results = newResults;
        forward = new ForwardPass(newPlan, newResults);
        backward = new BackwardPass(newPlan, newResults);
    }

    private int latestFinish() {
        int latest = Moments.endOfDay(plan.projectStartDay);
        if (plan.itemCount > 0) {
            latest = Integer.MIN_VALUE;
            for (int i = 0; i < plan.itemCount; i++) {
                latest = Math.max(latest, results.finish[i]);
            }
        }
        return latest;
    }

    public boolean contains(UUID itemId) {
        return plan.indexOfItem(itemId) >= 0;
    }

    /** @throws IllegalArgumentException when the item is not in this schedule */
    public ItemTiming timing(UUID itemId) {
        int i = plan.indexOfItem(itemId);
        if (i < 0) {
            throw new IllegalArgumentException("not scheduled here: " + itemId);
        }
        return timing(i);
    }

    private ItemTiming timing(int i) {
        LocalDate start = date(results.start[i]);
        LocalDate finish = date(results.finish[i]);
        return new ItemTiming(start, finish, results.duration[i], results.percent[i], start, finish,
                date(results.lateStart[i]), date(results.lateFinish[i]), results.totalSlack[i],
                results.freeSlack[i], results.totalSlack[i] <= 0, results.violated[i]);
    }

    private static LocalDate date(int moment) {
        return LocalDate.ofEpochDay(Moments.day(moment));
    }

    /** The latest finish of any item; the project start when there is nothing to schedule. */
    public LocalDate projectFinish() {
        return plan.itemCount == 0 ? projectStart : date(results.projectFinish);
    }

    /** Activities and milestones (not summaries) with no positive total slack. */
    public int criticalItemCount() {
        int count = 0;
        for (int i = 0; i < plan.itemCount; i++) {
            if (!plan.summary[i] && results.totalSlack[i] <= 0) {
                count++;
            }
        }
        return count;
    }

    /**
     * The length of the critical path: working days from the earliest start to the project finish, on the
     * calendar of the item that finishes last.
     */
    public int criticalPathWorkingDays() {
        if (plan.itemCount == 0) {
            return 0;
        }
        int earliest = Integer.MAX_VALUE;
        int last = 0;
        for (int i = 0; i < plan.itemCount; i++) {
            earliest = Math.min(earliest, results.start[i]);
            if (results.finish[i] > results.finish[last]) {
                last = i;
            }
        }
        WorkingDayIndex calendar = plan.calendar[last];
        return Math.max(0, Moments.instant(Moments.position(calendar, results.projectFinish))
                - Moments.instant(Moments.position(calendar, earliest)));
    }

    public int size() {
        return plan.itemCount;
    }

    /**
     * The cycle, in order and closed (first == last), that a link from {@code predecessorId} to
     * {@code successorId} would make, including a link between an item and its own ancestor or descendant
     * (refused as MS Project does); empty when the link is fine or an item is not scheduled here.
     */
    public Optional<List<UUID>> cycleIfLinked(UUID predecessorId, UUID successorId) {
        if (predecessorId.equals(successorId)) {
            return Optional.of(List.of(predecessorId, predecessorId));
        }
        int predecessor = plan.indexOfItem(predecessorId);
        int successor = plan.indexOfItem(successorId);
        if (predecessor < 0 || successor < 0) {
            return Optional.empty();
        }
        return graph.cycleIfLinked(predecessor, successor);
    }

    /**
     * Applies one edit and reschedules what it reaches: the nodes downstream of what it changed, forward
     * then backward, stopping where nothing changes. An edit that changes only values (durations,
     * constraints, lags, calendars, manual dates…) starts from the items and links it names; one that
     * changes the graph's shape (adds or removes items or links, moves an item in the outline) renumbers
     * the arrays and the topological order, then starts from the items whose neighbours changed: their
     * links' other ends and their old and new parents.
     *
     * @throws ScheduleCycleException when the edit would close a cycle; the schedule is then unchanged
     * @throws IllegalArgumentException when the edit would make the outline circular; likewise
     */
    public ScheduleDelta apply(ScheduleChange change) {
        if (change.isEmpty()) {
            return new ScheduleDelta(Set.of(), Set.of());
        }
        return changesShape(change) ? reshape(change) : propagate(change);
    }

    private boolean changesShape(ScheduleChange change) {
        return !change.removedItems().isEmpty() || !change.removedLinks().isEmpty()
                || !change.upsertedItems().stream().allMatch(plan::keepsShape)
                || !change.upsertedLinks().stream().allMatch(plan::keepsShape);
    }

    private ScheduleDelta propagate(ScheduleChange change) {
        results.startLogging();
        Propagation propagation = new Propagation();
        for (ScheduleItem item : change.upsertedItems()) {
            int i = plan.indexOfItem(item.id());
            plan.replaceItem(i, item);
            propagation.seedItem(i);
        }
        for (ScheduleLink link : change.upsertedLinks()) {
            int l = plan.indexOfLink(link.id());
            plan.replaceLink(l, link);
            propagation.forwardQueue.add(plan.target(plan.successor[l]));
            propagation.backwardQueue.add(plan.predecessor[l]);
        }
        return propagation.run();
    }

    private ScheduleDelta reshape(ScheduleChange change) {
        // everything that can refuse the edit runs before anything here changes
        PlanReshaping reshaping = PlanReshaping.of(plan, change);
        PlanArrays newPlan = reshaping.plan();
        PlanGraph newGraph = PlanGraph.reshaped(graph, reshaping);
        install(newPlan, newGraph,
                results.renumbered(reshaping.newItemNumbers(), newPlan.itemCount, !reshaping.removedItems()));
        results.startLogging();
        Propagation propagation = new Propagation();
        for (int i = 0; i < plan.itemCount; i++) {
            if (reshaping.touched(i)) {
                propagation.seedItem(i);
            }
        }
        for (int i = reshaping.firstNewItem(); i < plan.itemCount; i++) {
            results.noteNew(i);
        }
        return propagation.run();
    }

    /** One incremental pass: the nodes to revisit, forward then backward. */
    private final class Propagation {

        final NodeQueue forwardQueue = new NodeQueue(graph, false);
        final NodeQueue backwardQueue = new NodeQueue(graph, true);

        /** An item whose inputs or neighbours changed: both its nodes, and what reads them backwards. */
        void seedItem(int i) {
            forwardQueue.add(i);
            backwardQueue.add(i);
            if (plan.summary[i]) {
                forwardQueue.add(plan.itemCount + i);
                backwardQueue.add(plan.itemCount + i);
            }
            // its children read its bounds and start; its predecessors read its late dates through its calendar
            for (int k = plan.childrenStart[i]; k < plan.childrenStart[i + 1]; k++) {
                backwardQueue.add(plan.children[k]);
            }
            graph.forEachInNeighbour(plan.target(i), backwardQueue::add);
        }

        ScheduleDelta run() {
            while (!forwardQueue.isEmpty()) {
                int node = forwardQueue.poll();
                if (forward.compute(node)) {
                    graph.forEachOutNeighbour(node, forwardQueue::add);
                    if (node < plan.itemCount) {
                        // its own slack, and the free slack of what drives it, read its early dates; so do its
                        // children, to know whether they start it (see BackwardPass)
                        backwardQueue.add(node);
                        for (int k = plan.childrenStart[node]; k < plan.childrenStart[node + 1]; k++) {
                            backwardQueue.add(plan.children[k]);
                        }
                        graph.forEachInNeighbour(plan.target(node), in -> {
                            if (in < plan.itemCount) {
                                backwardQueue.add(in);
                            }
                        });
                    }
                }
            }
            int finish = latestFinish();
            if (finish != results.projectFinish) {
                // every leaf's late finish is capped by the project finish: those it bound, or binds now, move
                int before = results.projectFinish;
                results.projectFinish = finish;
                for (int i = 0; i < plan.itemCount; i++) {
                    if (!plan.summary[i] && (results.finishBound[i] == before || results.finishBound[i] > finish)) {
                        backwardQueue.add(i);
                    }
                }
            }
            while (!backwardQueue.isEmpty()) {
                int node = backwardQueue.poll();
                if (backward.compute(node)) {
                    graph.forEachInNeighbour(node, backwardQueue::add);
                }
            }
            return new ScheduleDelta(ids(results.datesLog()), ids(results.timingLog()));
        }
    }

    private Set<UUID> ids(ScheduleResults.ChangeLog log) {
        Set<UUID> ids = HashSet.newHashSet(log.size());
        for (int k = 0; k < log.size(); k++) {
            ids.add(plan.items[log.get(k)].id());
        }
        return ids;
    }

    /** Every item's timing, for tests and exports. */
    public Map<UUID, ItemTiming> timings() {
        Map<UUID, ItemTiming> all = LinkedHashMap.newLinkedHashMap(plan.itemCount);
        for (int i = 0; i < plan.itemCount; i++) {
            all.put(plan.items[i].id(), timing(i));
        }
        return all;
    }

    /** The items and links as scheduled now (after edits), for rebuilding or comparing. */
    public List<ScheduleItem> items() {
        return List.of(Arrays.copyOf(plan.items, plan.itemCount));
    }

    public List<ScheduleLink> links() {
        return List.of(Arrays.copyOf(plan.links, plan.linkCount));
    }
}
