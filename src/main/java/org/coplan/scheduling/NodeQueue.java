package org.coplan.scheduling;

import java.util.Arrays;

/**
 * The nodes an incremental pass still has to visit, taken in topological order (forward) or its reverse
 * (backward), each at most once at a time: a binary heap of positions in that order.
 */
final class NodeQueue {

    private final int[] order;
    private final int[] position;
    private final boolean backwards;
    private final boolean[] queued;
    private int[] heap = new int[64];
    private int size;

    NodeQueue(PlanGraph graph, boolean backwards) {
        this.order = graph.order;
        this.position = graph.position;
        this.backwards = backwards;
        this.queued = new boolean[graph.position.length];
    }

    void add(int node) {
        if (queued[node]) {
            return;
        }
        queued[node] = true;
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        int key = backwards ? -position[node] : position[node];
        int at = size++;
        while (at > 0) {
            int up = (at - 1) >>> 1;
            if (heap[up] <= key) {
                break;
            }
            heap[at] = heap[up];
            at = up;
        }
        heap[at] = key;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int poll() {
        int top = heap[0];
        int last = heap[--size];
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && heap[child + 1] < heap[child]) {
                child++;
            }
            if (heap[child] >= last) {
                break;
            }
            heap[at] = heap[child];
            at = child;
        }
        if (size > 0) {
            heap[at] = last;
        }
        int node = order[backwards ? -top : top];
        queued[node] = false;
        return node;
    }
}
