package org.coplan.exchange;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The strongly connected parts of a directed graph with more than one node (Tarjan, without recursion: a merged
 * plan has 100,000 items). Only inside such a part can a link close a cycle.
 */
final class StrongParts {

    private StrongParts() {
    }

    /** Node to part number, for the nodes that share a part with another node. */
    static Map<UUID, Integer> of(Map<UUID, List<UUID>> successors) {
        Map<UUID, Integer> index = new HashMap<>();
        Map<UUID, Integer> low = new HashMap<>();
        Deque<UUID> stack = new ArrayDeque<>();
        Map<UUID, Boolean> onStack = new HashMap<>();
        Map<UUID, Integer> parts = new HashMap<>();
        int[] counter = {0, 0};
        for (UUID root : successors.keySet()) {
            if (index.containsKey(root)) {
                continue;
            }
            Deque<UUID> nodes = new ArrayDeque<>();
            Deque<Iterator<UUID>> pending = new ArrayDeque<>();
            visit(root, index, low, stack, onStack, counter);
            nodes.push(root);
            pending.push(successors.getOrDefault(root, List.of()).iterator());
            while (!nodes.isEmpty()) {
                UUID at = nodes.peek();
                Iterator<UUID> next = pending.peek();
                if (next.hasNext()) {
                    UUID to = next.next();
                    if (!index.containsKey(to)) {
                        visit(to, index, low, stack, onStack, counter);
                        nodes.push(to);
                        pending.push(successors.getOrDefault(to, List.of()).iterator());
                    } else if (Boolean.TRUE.equals(onStack.get(to))) {
                        low.put(at, Math.min(low.get(at), index.get(to)));
                    }
                    continue;
                }
                nodes.pop();
                pending.pop();
                if (!nodes.isEmpty()) {
                    UUID parent = nodes.peek();
                    low.put(parent, Math.min(low.get(parent), low.get(at)));
                }
                if (low.get(at).equals(index.get(at))) {
                    int part = counter[1]++;
                    int size = 0;
                    UUID member;
                    Deque<UUID> popped = new ArrayDeque<>();
                    do {
                        member = stack.pop();
                        onStack.put(member, false);
                        popped.push(member);
                        size++;
                    } while (!member.equals(at));
                    if (size > 1) {
                        popped.forEach(node -> parts.put(node, part));
                    }
                }
            }
        }
        return parts;
    }

    private static void visit(UUID node, Map<UUID, Integer> index, Map<UUID, Integer> low, Deque<UUID> stack,
                              Map<UUID, Boolean> onStack, int[] counter) {
        index.put(node, counter[0]);
        low.put(node, counter[0]);
        counter[0]++;
        stack.push(node);
        onStack.put(node, true);
    }
}
