package org.coplan.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.coplan.service.ChangeRecord;
import org.coplan.service.sync.Change;
import org.coplan.service.sync.ChangeId;
import org.coplan.service.sync.ConflictKind;
import org.coplan.service.sync.EntityRow;
import org.coplan.service.sync.SyncConflict;

/**
 * Makes the merged work items a tree again (ADR 0008). Field by field, concurrent changes can leave an item under
 * a parent deleted elsewhere, make two items each other's ancestor, or give two siblings the same place. The
 * rules depend on the changes only, so every replica repairs alike:
 * <ul>
 * <li>an item whose parent is gone (or has not arrived) moves to the top of its roadmap;</li>
 * <li>in a parent cycle, the latest move (by stamp) is undone: the item keeps the parent of its move before;</li>
 * <li>siblings on the same key are ordered by id: the first keeps the key, the others get a key just after it.</li>
 * </ul>
 * Each repaired parent is kept as a {@link ConflictKind#PARENT} conflict.
 */
final class TreeRepair {

    static final String TYPE = "work_item";
    static final String PARENT = "parent_id";
    static final String SCOPE = "sibling_scope";
    static final String KEY = "sort_key";
    static final String ROADMAP = "roadmap_id";
    static final List<String> COLUMNS = List.of(ROADMAP, PARENT, SCOPE, KEY);

    private static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private static final class Node {
        UUID roadmap;
        UUID parent;
        String key;
        UUID storedScope;

        UUID scope() {
            return parent != null ? parent : roadmap;
        }
    }

    private final MergedEntities merged;
    private final Supplier<UUID> ids;
    private final Map<UUID, Node> nodes = new HashMap<>();
    private final Map<UUID, String> foldKeys = new HashMap<>();
    private final Set<ChangeId> rejected = new HashSet<>();
    /** Sibling groups that merged items left by going: a key lengthened for a tie with them is decided again. */
    private final Set<UUID> leftScopes = new HashSet<>();
    private final List<SyncConflict> conflicts = new ArrayList<>();

    TreeRepair(MergedEntities merged, Map<UUID, Map<String, String>> stored, Supplier<UUID> ids) {
        this.merged = merged;
        this.ids = ids;
        stored.forEach((id, fields) -> {
            Node node = new Node();
            node.roadmap = uuid(fields.get(ROADMAP));
            node.parent = uuid(fields.get(PARENT));
            node.key = fields.get(KEY);
            node.storedScope = uuid(fields.get(SCOPE));
            nodes.put(id, node);
        });
        for (UUID id : merged.ids(TYPE)) {
            take(id);
        }
    }

    /** Puts a merged item's folded place in the tree (or takes it out when it is gone). */
    private void take(UUID id) {
        EntityState state = merged.state(id);
        Node stored = nodes.get(id);
        switch (state) {
            case EntityState.Present present -> {
                Node node = new Node();
                node.roadmap = uuid(present.row().fields().get(ROADMAP));
                node.parent = uuid(present.row().fields().get(PARENT));
                node.key = present.row().fields().get(KEY);
                node.storedScope = stored == null ? null : stored.storedScope;
                foldKeys.put(id, node.key);
                nodes.put(id, node);
            }
            case EntityState.Gone ignored -> leave(id);
            case EntityState.Waiting ignored -> {
                // the insert has not arrived: the stored row, if any, stays as it is
            }
            case EntityState.Disabled ignored -> leave(id);
        }
    }

    private void leave(UUID id) {
        Node gone = nodes.remove(id);
        if (gone != null) {
            leftScopes.add(gone.scope());
            if (gone.storedScope != null) {
                leftScopes.add(gone.storedScope);
            }
        }
    }

    private boolean ensure(UUID id) {
        if (merged.contains(id)) {
            return false;
        }
        merged.load(TYPE, List.of(id));
        if (merged.contains(id)) {
            take(id);
        }
        return true;
    }

    /** Repairs the tree; the conflicts it keeps. */
    List<SyncConflict> repair() {
        boolean changed = true;
        while (changed) {
            changed = rescueOrphans() || breakCycle() || loadSiblings();
        }
        assignKeys();
        writeBack();
        return conflicts;
    }

    /** The items alive after the merge. */
    Set<UUID> alive() {
        return nodes.keySet();
    }

    private boolean rescueOrphans() {
        boolean changed = false;
        List<UUID> orphans = new ArrayList<>();
        nodes.forEach((id, node) -> {
            if (node.parent != null && !nodes.containsKey(node.parent)) {
                orphans.add(id);
            }
        });
        orphans.sort(Comparator.comparing(UUID::toString));
        for (UUID id : orphans) {
            if (ensure(id)) {
                changed = true;
            }
            Node node = nodes.get(id);
            if (node == null || node.parent == null || nodes.containsKey(node.parent)) {
                continue;
            }
            UUID lostParent = node.parent;
            merged.load(TYPE, List.of(lostParent));
            Change decider = parentDecider(id);
            Change delete = merged.delete(lostParent);
            node.parent = null;
            if (decider != null) {
                Change winner = delete != null ? delete : decider;
                conflicts.add(conflict(id, winner, decider, lostParent.toString()));
                for (Change twin : concurrentMovesTo(id, lostParent, decider)) {
                    conflicts.add(conflict(id, winner, twin, lostParent.toString()));
                }
            }
            changed = true;
        }
        return changed;
    }

    /**
     * The other moves to the lost parent that nobody overwrote: concurrent moves to the same parent do not
     * conflict with each other, so each of them loses its value to the rescue and is kept as a loser too.
     */
    private List<Change> concurrentMovesTo(UUID id, UUID lostParent, Change decider) {
        List<Change> changes = merged.changes(id);
        Set<ChangeId> overwritten = new HashSet<>();
        changes.stream().filter(TreeRepair::isMove).filter(change -> change.prior() != null)
                .forEach(change -> overwritten.add(change.prior()));
        return changes.stream()
                .filter(change -> isMove(change) && !change.id().equals(decider.id())
                        && !rejected.contains(change.id()) && !overwritten.contains(change.id())
                        && lostParent.toString().equals(change.value()))
                .toList();
    }

    private boolean breakCycle() {
        Set<UUID> acyclic = new HashSet<>();
        List<UUID> starts = new ArrayList<>(merged.ids(TYPE));
        starts.sort(Comparator.comparing(UUID::toString));
        for (UUID start : starts) {
            List<UUID> path = new ArrayList<>();
            Set<UUID> onPath = new HashSet<>();
            UUID at = start;
            while (at != null && nodes.containsKey(at) && !acyclic.contains(at)) {
                if (!onPath.add(at)) {
                    undoLatestMove(path.subList(path.indexOf(at), path.size()));
                    return true;
                }
                path.add(at);
                at = nodes.get(at).parent;
            }
            acyclic.addAll(path);
        }
        return false;
    }

    private void undoLatestMove(List<UUID> cycle) {
        List<UUID> members = new ArrayList<>(cycle);
        members.forEach(this::ensure);
        UUID mover = null;
        Change latest = null;
        for (UUID member : members) {
            Change move = latestMove(member);
            if (move != null && (latest == null || move.isAfter(latest))) {
                latest = move;
                mover = member;
            }
        }
        if (latest == null) {
            // no move to undo (values that came without their history): the greatest id leaves the cycle
            mover = members.stream().max(Comparator.comparing(UUID::toString)).orElseThrow();
            Change insert = merged.insert(mover);
            nodes.get(mover).parent = null;
            if (insert != null) {
                conflicts.add(conflict(mover, insert, insert, null));
            }
            return;
        }
        rejected.add(latest.id());
        Change before = parentDecider(mover);
        UUID parent = before == null ? null : uuid(parentValue(before));
        nodes.get(mover).parent = parent;
        conflicts.add(conflict(mover, before != null ? before : latest, latest, latest.value()));
    }

    /** The move (parent update) that decides the item's parent now, moves already undone left out. */
    private Change latestMove(UUID id) {
        List<Change> changes = merged.changes(id);
        for (int i = changes.size() - 1; i >= 0; i--) {
            Change change = changes.get(i);
            if (isMove(change) && !rejected.contains(change.id())) {
                return change;
            }
        }
        return null;
    }

    /** The change whose parent the item has: its latest move not undone, else its insert. */
    private Change parentDecider(UUID id) {
        Change move = latestMove(id);
        return move != null ? move : merged.insert(id);
    }

    private static boolean isMove(Change change) {
        return change.kind() == ChangeRecord.Kind.UPDATE && change.field().equals(PARENT);
    }

    private static String parentValue(Change change) {
        return change.kind() == ChangeRecord.Kind.INSERT ? change.insertedValues().get(PARENT) : change.value();
    }

    /** Siblings of a merged item are merged too, so their keys are decided from their changes alike. */
    private boolean loadSiblings() {
        Set<UUID> scopes = new HashSet<>(leftScopes);
        for (UUID id : merged.ids(TYPE)) {
            Node node = nodes.get(id);
            if (node != null) {
                scopes.add(node.scope());
                if (node.storedScope != null) {
                    scopes.add(node.storedScope);
                }
            }
        }
        List<UUID> siblings = new ArrayList<>();
        nodes.forEach((id, node) -> {
            if (!merged.contains(id) && scopes.contains(node.scope())) {
                siblings.add(id);
            }
        });
        if (siblings.isEmpty()) {
            return false;
        }
        merged.load(TYPE, siblings);
        siblings.forEach(this::take);
        return true;
    }

    private void assignKeys() {
        Map<UUID, List<UUID>> byScope = new HashMap<>();
        Set<UUID> scopes = new HashSet<>();
        for (UUID id : merged.ids(TYPE)) {
            Node node = nodes.get(id);
            if (node != null) {
                scopes.add(node.scope());
            }
        }
        nodes.forEach((id, node) -> {
            if (scopes.contains(node.scope())) {
                byScope.computeIfAbsent(node.scope(), scope -> new ArrayList<>()).add(id);
            }
        });
        for (List<UUID> siblings : byScope.values()) {
            Map<String, List<UUID>> byKey = new TreeMap<>();
            Set<String> used = new HashSet<>();
            for (UUID id : siblings) {
                String key = foldKeys.getOrDefault(id, nodes.get(id).key);
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
                used.add(key);
            }
            byKey.forEach((key, sharing) -> {
                sharing.sort(Comparator.comparing(UUID::toString));
                nodes.get(sharing.getFirst()).key = key;
                for (UUID later : sharing.subList(1, sharing.size())) {
                    String own = keyAfter(key, later, used);
                    used.add(own);
                    nodes.get(later).key = own;
                }
            });
        }
    }

    /**
     * A key right after {@code key} made from the item's id: the same on every replica, and after {@code key}
     * but before the keys that follow it in practice (a {@code 0} digit sorts first among the extensions).
     */
    static String keyAfter(String key, UUID id, Set<String> used) {
        SplittableRandom digits = new SplittableRandom(id.getMostSignificantBits() ^ id.getLeastSignificantBits());
        StringBuilder own = new StringBuilder(key).append('0');
        while (true) {
            own.append(DIGITS.charAt(1 + digits.nextInt(DIGITS.length() - 1)));
            if (own.length() - key.length() > 6 && !used.contains(own.toString())) {
                return own.toString();
            }
        }
    }

    private void writeBack() {
        for (UUID id : merged.ids(TYPE)) {
            Node node = nodes.get(id);
            if (node == null || !(merged.state(id) instanceof EntityState.Present present)) {
                continue;
            }
            UUID roadmap = rootRoadmap(id);
            Map<String, String> fields = new TreeMap<>(present.row().fields());
            fields.put(PARENT, text(node.parent));
            fields.put(SCOPE, text(node.scope()));
            fields.put(KEY, node.key);
            fields.put(ROADMAP, text(roadmap));
            if (!fields.equals(present.row().fields())) {
                merged.repair(EntityRow.of(TYPE, id, fields));
            }
        }
    }

    /** An item lives in its top ancestor's roadmap: moves of a branch and of its root merge consistently. */
    private UUID rootRoadmap(UUID id) {
        Node node = nodes.get(id);
        Set<UUID> seen = new HashSet<>();
        while (node.parent != null && nodes.containsKey(node.parent) && seen.add(node.parent)) {
            node = nodes.get(node.parent);
        }
        return node.roadmap;
    }

    private SyncConflict conflict(UUID item, Change winner, Change loser, String lostParent) {
        return new SyncConflict(ids.get(), TYPE, item, ConflictKind.PARENT.fieldName(null), winner.id(), loser.id(),
                lostParent);
    }

    private static UUID uuid(String text) {
        return text == null ? null : UUID.fromString(text);
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
