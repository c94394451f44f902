package org.coplan.scheduling;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The dependency graph both passes walk, in one topological order. Every item is a node (its own dates;
 * for a summary, the roll-up of its children), and every summary has a second node, {@code itemCount +
 * item}, its <em>entry</em>: the bound that links into the summary (and its ancestors' entries) put on all
 * its descendants. Edges: a link goes from its predecessor's node to the successor's target (the entry of
 * a summary, else the item); a summary's entry goes to each child's target; a child goes to its parent's
 * roll-up. The backward pass walks the same order backwards, using a summary's roll-up node for the bound
 * its outgoing links put on its descendants and its entry node for its rolled-up late dates.
 * A link between an item and its own ancestor closes a circle here, which is why it is refused.
 */
final class PlanGraph {

    private final PlanArrays plan;
    private final int nodeCount;
    /** Nodes in topological order. */
    final int[] order;
    /** position[node] = its index in {@link #order}; -1 for an unused entry node. */
    final int[] position;

    /** Over an order known to be topological (see {@link ReusedOrder}). */
    PlanGraph(PlanArrays plan, int[] order, int[] position) {
        this.plan = plan;
        this.nodeCount = 2 * plan.itemCount;
        this.order = order;
        this.position = position;
    }

    /**
     * The graph of a reshaped plan: the old order renumbered when the edit's new edges still go forward in
     * it (no sort, and no cycle then), else sorted afresh.
     *
     * @throws ScheduleCycleException when the edit closes a cycle
     */
    static PlanGraph reshaped(PlanGraph old, PlanReshaping reshaping) {
        PlanGraph reused = ReusedOrder.of(old.plan, old.order, reshaping);
        return reused != null ? reused : new PlanGraph(reshaping.plan());
    }

    PlanGraph(PlanArrays plan) {
        this.plan = plan;
        this.nodeCount = 2 * plan.itemCount;
        this.position = new int[nodeCount];
        int[] remaining = new int[nodeCount];
        int used = 0;
        for (int node = 0; node < nodeCount; node++) {
            if (isUsed(node)) {
                remaining[node] = inDegree(node);
                used++;
            }
        }
        order = new int[used];
        // depth first (a stack of ready nodes, each batch kept in index order): the order then follows the
        // outline and the chains of links, so that the passes find what a node reads nearby in memory
        int[] ready = new int[used];
        int top = 0;
        for (int node = nodeCount - 1; node >= 0; node--) {
            if (isUsed(node) && remaining[node] == 0) {
                ready[top++] = node;
            }
        }
        int tail = 0;
        while (top > 0) {
            int node = ready[--top];
            order[tail++] = node;
            int batch = top;
            // inlined neighbour walk: an allocation-free loop matters at 300,000 nodes
            if (node < plan.itemCount) {
                for (int k = plan.linksOutStart[node]; k < plan.linksOutStart[node + 1]; k++) {
                    int target = plan.target(plan.successor[plan.linksOut[k]]);
                    if (--remaining[target] == 0) {
                        ready[top++] = target;
                    }
                }
                int parent = plan.parent[node];
                if (parent >= 0 && --remaining[parent] == 0) {
                    ready[top++] = parent;
                }
            } else {
                int summary = node - plan.itemCount;
                for (int k = plan.childrenStart[summary]; k < plan.childrenStart[summary + 1]; k++) {
                    int target = plan.target(plan.children[k]);
                    if (--remaining[target] == 0) {
                        ready[top++] = target;
                    }
                }
            }
            for (int a = batch, b = top - 1; a < b; a++, b--) {
                int swap = ready[a];
                ready[a] = ready[b];
                ready[b] = swap;
            }
        }
        if (tail < used) {
            throw new ScheduleCycleException(cycleAmong(remaining));
        }
        Arrays.fill(position, -1);
        for (int i = 0; i < order.length; i++) {
            position[order[i]] = i;
        }
    }

    boolean isUsed(int node) {
        return node < plan.itemCount || plan.summary[node - plan.itemCount];
    }

    private int inDegree(int node) {
        if (node < plan.itemCount && plan.summary[node]) {
            return plan.childrenStart[node + 1] - plan.childrenStart[node];
        }
        int item = node < plan.itemCount ? node : node - plan.itemCount;
        return plan.linksInStart[item + 1] - plan.linksInStart[item] + (plan.parent[item] >= 0 ? 1 : 0);
    }

    /** The nodes the given node's forward values are computed from (the backward pass feeds them). */
    void forEachInNeighbour(int node, IntConsumer action) {
        if (node < plan.itemCount && plan.summary[node]) {
            for (int k = plan.childrenStart[node]; k < plan.childrenStart[node + 1]; k++) {
                action.accept(plan.children[k]);
            }
            return;
        }
        int item = node < plan.itemCount ? node : node - plan.itemCount;
        for (int k = plan.linksInStart[item]; k < plan.linksInStart[item + 1]; k++) {
            action.accept(plan.predecessor[plan.linksIn[k]]);
        }
        if (plan.parent[item] >= 0) {
            action.accept(plan.itemCount + plan.parent[item]);
        }
    }

    /** The nodes computed from the given node in the forward pass. */
    void forEachOutNeighbour(int node, IntConsumer action) {
        if (node < plan.itemCount) {
            for (int k = plan.linksOutStart[node]; k < plan.linksOutStart[node + 1]; k++) {
                action.accept(plan.target(plan.successor[plan.linksOut[k]]));
            }
            if (plan.parent[node] >= 0) {
                action.accept(plan.parent[node]);
            }
        } else {
            int summary = node - plan.itemCount;
            for (int k = plan.childrenStart[summary]; k < plan.childrenStart[summary + 1]; k++) {
                action.accept(plan.target(plan.children[k]));
            }
        }
    }

    /** Like {@link java.util.function.IntConsumer}, named here so the hot loops read as what they do. */
    @FunctionalInterface
    interface IntConsumer {
        void accept(int node);
    }

    /**
     * Every node left over by the sort has a left-over node before it; walking back along those must come
     * round to a node seen before, and that stretch is a cycle.
     */
    private List<UUID> cycleAmong(int[] remaining) {
        int start = -1;
        for (int node = 0; node < nodeCount && start < 0; node++) {
            if (isUsed(node) && remaining[node] > 0) {
                start = node;
            }
        }
        int[] seenAt = new int[nodeCount];
        Arrays.fill(seenAt, -1);
        List<Integer> walk = new ArrayList<>();
        int node = start;
        while (seenAt[node] < 0) {
            seenAt[node] = walk.size();
            walk.add(node);
            int[] before = {-1};
            forEachInNeighbour(node, in -> {
                if (before[0] < 0 && remaining[in] > 0) {
                    before[0] = in;
                }
            });
            node = before[0];
        }
        // the walk went backwards: reverse the closed stretch into forward order
        List<Integer> backwards = walk.subList(seenAt[node], walk.size());
        List<Integer> forward = new ArrayList<>(backwards.reversed());
        return itemsAlongLinks(forward);
    }

    /**
     * The cycle a new link from {@code predecessor} to {@code successor} would close, if any: a path from
     * the successor's target back to the predecessor. Only nodes sorted before the predecessor can reach it.
     */
    Optional<List<UUID>> cycleIfLinked(int predecessor, int successor) {
        int from = plan.target(successor);
        int limit = position[predecessor];
        if (position[from] > limit) {
            return Optional.empty();
        }
        int[] cameFrom = new int[nodeCount];
        Arrays.fill(cameFrom, -2);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(from);
        cameFrom[from] = -1;
        while (!queue.isEmpty()) {
            int node = queue.poll();
            if (node == predecessor) {
                List<Integer> path = new ArrayList<>();
                for (int at = node; at != -1; at = cameFrom[at]) {
                    path.add(at);
                }
                // forward order: the new link's predecessor, then its target and on round to the predecessor
                List<Integer> cycle = new ArrayList<>();
                cycle.add(predecessor);
                cycle.addAll(path.reversed().subList(0, path.size() - 1));
                return Optional.of(itemsAlongLinks(cycle));
            }
            forEachOutNeighbour(node, next -> {
                if (cameFrom[next] == -2 && position[next] <= limit) {
                    cameFrom[next] = node;
                    queue.add(next);
                }
            });
        }
        return Optional.empty();
    }

    /**
     * Names a cycle of nodes (in forward order, not closed) by the items at the ends of its links: the
     * outline steps in between (a summary's entry to a child, a child to its parent) are how a link into a
     * summary reaches the child, not something a planner wrote. The first item is repeated at the end.
     */
    private List<UUID> itemsAlongLinks(List<Integer> cycle) {
        int size = cycle.size();
        int firstLink = 0;
        while (firstLink < size && !isLinkEdge(cycle.get(firstLink), cycle.get((firstLink + 1) % size))) {
            firstLink++;
        }
        List<UUID> items = new ArrayList<>();
        for (int k = 0; k < size; k++) {
            int from = cycle.get((firstLink + k) % size);
            int to = cycle.get((firstLink + k + 1) % size);
            if (isLinkEdge(from, to)) {
                addIfNew(items, itemOf(from));
                addIfNew(items, itemOf(to));
            }
        }
        if (items.size() > 1 && items.getLast().equals(items.getFirst())) {
            items.removeLast();
        }
        items.add(items.getFirst());
        return items;
    }

    /** Outline edges start at an entry node or end at a summary's roll-up node; link edges do neither. */
    private boolean isLinkEdge(int from, int to) {
        return from < plan.itemCount && !(to < plan.itemCount && plan.summary[to]);
    }

    private UUID itemOf(int node) {
        return plan.items[node < plan.itemCount ? node : node - plan.itemCount].id();
    }

    private static void addIfNew(List<UUID> items, UUID id) {
        if (items.isEmpty() || !items.getLast().equals(id)) {
            items.add(id);
        }
    }
}
