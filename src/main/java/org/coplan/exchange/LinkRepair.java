package org.coplan.exchange;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.coplan.service.sync.Change;
import org.coplan.service.sync.ConflictKind;
import org.coplan.service.sync.SyncConflict;

/**
 * Keeps the merged links a plan can schedule (ADR 0008). Each replica's links are acyclic, but links made on two
 * replicas can close a cycle together, two replicas can link the same two items, and a link can point to an
 * item deleted elsewhere. The rules depend on the changes only, so every replica keeps the same links:
 * <ul>
 * <li>a link to an item that is gone (or has not arrived) is left out ({@link ConflictKind#LINK_OF_DELETED});</li>
 * <li>of links between the same two items the earliest made is kept ({@link ConflictKind#LINK_DUPLICATE});</li>
 * <li>within each strongly connected part of the graph, links are added in the order they were made and one that
 *     would close a cycle is disabled ({@link ConflictKind#LINK_CYCLE}).</li>
 * </ul>
 * A disabled link stays alive in the log, so deleting what stood in its way brings it back.
 */
final class LinkRepair {

    static final String TYPE = "dependency";
    static final String PREDECESSOR = "predecessor_id";
    static final String SUCCESSOR = "successor_id";
    static final List<String> COLUMNS = List.of(PREDECESSOR, SUCCESSOR);

    private record Edge(UUID predecessor, UUID successor) {
    }

    private final MergedEntities merged;
    private final Supplier<UUID> ids;
    private final Map<UUID, Edge> edges = new HashMap<>();
    private final List<SyncConflict> conflicts = new ArrayList<>();

    LinkRepair(MergedEntities merged, Map<UUID, Map<String, String>> stored, Supplier<UUID> ids) {
        this.merged = merged;
        this.ids = ids;
        stored.forEach((id, fields) -> edges.put(id, edge(fields)));
        for (UUID id : merged.ids(TYPE)) {
            switch (merged.state(id)) {
                case EntityState.Present present -> edges.put(id, edge(present.row().fields()));
                case EntityState.Waiting ignored -> {
                    // the insert has not arrived: the stored row, if any, stays
                }
                default -> edges.remove(id);
            }
        }
    }

    private static Edge edge(Map<String, String> fields) {
        return new Edge(UUID.fromString(fields.get(PREDECESSOR)), UUID.fromString(fields.get(SUCCESSOR)));
    }

    List<SyncConflict> repair(Set<UUID> aliveItems, Function<UUID, Change> itemDelete) {
        dropDangling(aliveItems, itemDelete);
        dropDuplicates();
        if (merged.ids(TYPE).stream().anyMatch(id -> edges.containsKey(id))) {
            breakCycles();
        }
        return conflicts;
    }

    private void dropDangling(Set<UUID> aliveItems, Function<UUID, Change> itemDelete) {
        List<UUID> dangling = new ArrayList<>();
        edges.forEach((id, edge) -> {
            if (!aliveItems.contains(edge.predecessor()) || !aliveItems.contains(edge.successor())) {
                dangling.add(id);
            }
        });
        merged.load(TYPE, dangling);
        for (UUID id : dangling) {
            Edge edge = edges.remove(id);
            if (merged.state(id) instanceof EntityState.Present) {
                merged.disable(id);
                Change insert = merged.insert(id);
                UUID gone = aliveItems.contains(edge.predecessor()) ? edge.successor() : edge.predecessor();
                Change delete = itemDelete.apply(gone);
                conflicts.add(conflict(ConflictKind.LINK_OF_DELETED, id, delete != null ? delete : insert, insert,
                        gone.toString()));
            }
        }
    }

    private void dropDuplicates() {
        Map<Edge, List<UUID>> byPair = new HashMap<>();
        edges.forEach((id, edge) -> byPair.computeIfAbsent(edge, pair -> new ArrayList<>()).add(id));
        for (List<UUID> same : byPair.values()) {
            if (same.size() < 2) {
                continue;
            }
            merged.load(TYPE, same);
            same.sort(madeFirst());
            Change kept = merged.insert(same.getFirst());
            for (UUID later : same.subList(1, same.size())) {
                edges.remove(later);
                merged.disable(later);
                conflicts.add(conflict(ConflictKind.LINK_DUPLICATE, later, kept, merged.insert(later), null));
            }
        }
    }

    /** Orders links by the stamp of their insert; links whose insert is not held go last, by id. */
    private Comparator<UUID> madeFirst() {
        return (left, right) -> {
            Change a = merged.insert(left);
            Change b = merged.insert(right);
            if (a == null || b == null) {
                return a != null ? -1 : b != null ? 1 : left.toString().compareTo(right.toString());
            }
            return Change.STAMP_ORDER.compare(a, b);
        };
    }

    private void breakCycles() {
        Map<UUID, List<UUID>> successors = new HashMap<>();
        edges.forEach((id, edge) -> successors.computeIfAbsent(edge.predecessor(), item -> new ArrayList<>())
                .add(edge.successor()));
        Map<UUID, Integer> component = StrongParts.of(successors);
        Map<Integer, List<UUID>> inside = new HashMap<>();
        edges.forEach((id, edge) -> {
            Integer part = component.get(edge.predecessor());
            if (part != null && part.equals(component.get(edge.successor()))) {
                inside.computeIfAbsent(part, p -> new ArrayList<>()).add(id);
            }
        });
        for (List<UUID> links : inside.values()) {
            merged.load(TYPE, links);
            links.sort(madeFirst());
            Map<UUID, List<UUID>> accepted = new HashMap<>();
            Change first = merged.insert(links.getFirst());
            for (UUID id : links) {
                Edge edge = edges.get(id);
                if (reaches(accepted, edge.successor(), edge.predecessor())) {
                    edges.remove(id);
                    merged.disable(id);
                    Change insert = merged.insert(id);
                    conflicts.add(conflict(ConflictKind.LINK_CYCLE, id, first != null ? first : insert, insert,
                            null));
                } else {
                    accepted.computeIfAbsent(edge.predecessor(), item -> new ArrayList<>()).add(edge.successor());
                }
            }
        }
    }

    private static boolean reaches(Map<UUID, List<UUID>> graph, UUID from, UUID to) {
        Deque<UUID> open = new ArrayDeque<>();
        Set<UUID> seen = new HashSet<>();
        open.push(from);
        while (!open.isEmpty()) {
            UUID at = open.pop();
            if (at.equals(to)) {
                return true;
            }
            if (seen.add(at)) {
                graph.getOrDefault(at, List.of()).forEach(open::push);
            }
        }
        return false;
    }

    private SyncConflict conflict(ConflictKind kind, UUID link, Change winner, Change loser, String value) {
        return new SyncConflict(ids.get(), TYPE, link, kind.fieldName(null), winner.id(), loser.id(), value);
    }
}
