package org.coplan.scheduling;

import java.util.Arrays;

/**
 * Keeps the topological order over an edit that changes the plan's shape, when it can: removing items,
 * links or outline edges never breaks an order, so the old one, renumbered, with the new items' nodes at the
 * end, holds unless an edge the edit added goes backwards in it. Every added edge has an end the edit
 * touched (see {@link PlanReshaping}), so checking those items' edges is enough. Sorting 200,000 nodes
 * again costs more than the rest of such an edit; a checked order also proves there is no cycle.
 */
final class ReusedOrder {

    private final PlanArrays plan;
    private final PlanGraph graph;

    private ReusedOrder(PlanArrays plan, PlanGraph graph) {
        this.plan = plan;
        this.graph = graph;
    }

    /** The reshaped plan's graph over the old order; {@code null} when the order must be sorted again. */
    static PlanGraph of(PlanArrays oldPlan, int[] oldOrder, PlanReshaping reshaping) {
        PlanArrays plan = reshaping.plan();
        int[] newItem = reshaping.newItemNumbers();
        int oldCount = oldPlan.itemCount;
        int count = plan.itemCount;
        for (int i = 0; i < oldCount; i++) {
            // an item that became a summary gets an entry node, which must come before its children: sort
            if (newItem[i] >= 0 && !oldPlan.summary[i] && plan.summary[newItem[i]]) {
                return null;
            }
        }
        int[] order = new int[2 * count];
        int size = 0;
        for (int node : oldOrder) {
            int item = newItem[node < oldCount ? node : node - oldCount];
            if (item >= 0 && (node < oldCount || plan.summary[item])) {
                order[size++] = node < oldCount ? item : count + item;
            }
        }
        // new items: their phases' entries first, then the items, children before their phases
        for (int i = reshaping.firstNewItem(); i < count; i++) {
            if (plan.summary[i]) {
                order[size++] = count + i;
            }
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int i = reshaping.firstNewItem(); i < count; i++) {
                if (plan.summary[i] == (pass == 1)) {
                    order[size++] = i;
                }
            }
        }
        order = Arrays.copyOf(order, size);
        int[] position = new int[2 * count];
        Arrays.fill(position, -1);
        for (int k = 0; k < size; k++) {
            position[order[k]] = k;
        }
        PlanGraph graph = new PlanGraph(plan, order, position);
        return new ReusedOrder(plan, graph).holds(reshaping) ? graph : null;
    }

    private boolean holds(PlanReshaping reshaping) {
        for (int i = 0; i < plan.itemCount; i++) {
            if (reshaping.touched(i) && !(forward(i) && (!plan.summary[i] || forward(plan.itemCount + i)))) {
                return false;
            }
        }
        return true;
    }

    /** Whether every edge into and out of the node goes forward in the order. */
    private boolean forward(int node) {
        int at = graph.position[node];
        boolean[] fine = {true};
        graph.forEachInNeighbour(node, in -> fine[0] &= graph.position[in] < at);
        graph.forEachOutNeighbour(node, out -> fine[0] &= graph.position[out] > at);
        return fine[0];
    }
}
