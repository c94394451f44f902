package org.coplan.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coplan.domain.Dependency;
import org.coplan.domain.DependencyType;
import org.coplan.domain.ItemConstraint;
import org.coplan.domain.LagUnit;
import org.coplan.domain.Rank;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.service.ChangeRecord;
import org.coplan.service.port.PlanStore;
import org.coplan.service.port.SyncStore;
import org.coplan.service.sync.Change;
import org.coplan.service.sync.ChangeId;
import org.coplan.service.sync.ConflictKind;
import org.coplan.service.sync.SyncConflict;
import org.coplan.service.sync.VersionVector;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Three to five replicas create, edit, move and delete items and link and unlink them offline, and exchange
 * packages in random order, with duplicates and packages that never arrive; at the end every replica gets every
 * replica's latest package. Then all show the same plan, which is a tree with acyclic links; a second import
 * changes nothing; and every edit is the current value, knowingly overwritten or deleted, or a kept conflict.
 */
class ConvergenceProperties {

    private static final int ITEMS = 4;
    private static final long CREATED_IDS = 0x5EED_C0DE_1DEA_0021L;
    private static final String[] NAMES = {"Survey", "Joint study", "Workshop", "Report"};

    @Property(tries = 15)
    void replicasThatHoldTheSameChangesShowTheSamePlan(@ForAll long seed,
                                                       @ForAll @IntRange(min = 3, max = 5) int replicaCount,
                                                       @ForAll @IntRange(min = 1, max = 40) int steps) {
        Random random = new Random(seed);
        List<TestReplica> replicas = new ArrayList<>();
        for (int i = 0; i < replicaCount; i++) {
            replicas.add(new TestReplica("replica-" + i));
        }
        Edits edits = new Edits(random);
        try {
            SmallPlan.store(replicas.getFirst().database, ITEMS);
            byte[] base = replicas.getFirst().export(true);
            replicas.subList(1, replicas.size()).forEach(replica -> replica.importPackage(base));
            List<byte[]> pool = new ArrayList<>();
            for (int step = 0; step < steps; step++) {
                TestReplica replica = replicas.get(random.nextInt(replicas.size()));
                switch (random.nextInt(4)) {
                    case 0, 1 -> replica.database.writeVoid(edits::anyEdit);
                    case 2 -> pool.add(replica.export(random.nextBoolean()));
                    default -> {
                        if (!pool.isEmpty()) {
                            byte[] bytes = pool.get(random.nextInt(pool.size()));
                            if (!isOwn(replica, bytes)) {
                                replica.importPackage(bytes);
                            }
                        }
                    }
                }
            }
            List<byte[]> latest = replicas.stream().map(replica -> replica.export(true)).toList();
            for (TestReplica replica : replicas) {
                for (byte[] bytes : latest) {
                    if (!isOwn(replica, bytes)) {
                        replica.importPackage(bytes);
                    }
                }
            }
            List<String> expected = replicas.getFirst().dump();
            for (TestReplica replica : replicas) {
                assertThat(replica.dump()).isEqualTo(expected);
            }
            isATreeWithAcyclicLinks(replicas.getFirst());

            TestReplica again = replicas.get(random.nextInt(replicas.size()));
            byte[] repeated = latest.get((replicas.indexOf(again) + 1) % replicas.size());
            ImportReport second = again.importPackage(repeated);
            assertThat(second.applied()).isZero();
            assertThat(second.inserted() + second.updated() + second.deleted()).isZero();
            assertThat(again.dump()).isEqualTo(expected);

            everyEditIsAccountedFor(replicas);
        } finally {
            replicas.forEach(TestReplica::close);
        }
    }

    /** Random edits as a planner makes them: never a parent cycle or a link cycle on the replica itself. */
    private static final class Edits {

        private final Random random;
        private long created;

        Edits(Random random) {
            this.random = random;
        }

        void anyEdit(PlanStore store) {
            List<WorkItem> items = new ArrayList<>(store.workItems().findAll());
            items.sort(Comparator.comparing(item -> item.id().toString()));
            List<Dependency> links = new ArrayList<>(store.dependencies().findAll());
            links.sort(Comparator.comparing(link -> link.id().toString()));
            if (items.isEmpty()) {
                return;
            }
            WorkItem item = items.get(random.nextInt(items.size()));
            switch (random.nextInt(16)) {
                case 0, 1, 2 -> create(store, items);
                case 3, 4, 5 -> move(store, items, item);
                case 6 -> delete(store, items, links, item);
                case 7, 8, 9, 10, 11 -> link(store, items, links);
                case 12 -> {
                    if (!links.isEmpty()) {
                        store.dependencies().delete(links.get(random.nextInt(links.size())));
                    }
                }
                default -> store.workItems().update(item, switch (random.nextInt(4)) {
                    case 0 -> item.withName(NAMES[random.nextInt(NAMES.length)]);
                    case 1 -> item.withTexts(item.deliverable(), "note " + random.nextInt(5));
                    case 2 -> item.withPercentComplete(random.nextInt(5) * 25);
                    default -> item.withTexts("deliverable " + random.nextInt(3), item.notes());
                });
            }
        }

        private void create(PlanStore store, List<WorkItem> items) {
            UUID parent = random.nextInt(3) == 0 ? items.get(random.nextInt(items.size())).id() : null;
            String key = placeAmong(items, parent);
            store.workItems().insert(new WorkItem(new UUID(CREATED_IDS, created++), items.getFirst().roadmapId(),
                    parent, key, "New " + created, WorkItemKind.ACTIVITY, SmallPlan.START, SmallPlan.START.plusDays(4),
                    5, 0, null, null, Set.of(), null, null, null, ItemConstraint.NONE));
        }

        /** A key between two neighbours, or after the last: the same place on replicas with the same siblings. */
        private String placeAmong(List<WorkItem> items, UUID parent) {
            List<String> keys = items.stream().filter(item -> Objects.equals(item.parentId(), parent))
                    .map(WorkItem::sortKey).sorted().toList();
            if (keys.isEmpty()) {
                return Rank.initial(0);
            }
            int after = random.nextInt(keys.size());
            return Rank.between(keys.get(after), after + 1 < keys.size() ? keys.get(after + 1) : null);
        }

        private void move(PlanStore store, List<WorkItem> items, WorkItem item) {
            Set<UUID> below = subtree(items, item.id());
            List<WorkItem> parents = items.stream().filter(candidate -> !below.contains(candidate.id())).toList();
            UUID parent = parents.isEmpty() || random.nextInt(4) == 0 ? null
                    : parents.get(random.nextInt(parents.size())).id();
            if (!Objects.equals(parent, item.parentId())) {
                List<WorkItem> others = items.stream().filter(other -> !other.id().equals(item.id())).toList();
                store.workItems().update(item, item.withPlace(parent, placeAmong(others, parent)));
            }
        }

        private void delete(PlanStore store, List<WorkItem> items, List<Dependency> links, WorkItem item) {
            Set<UUID> going = subtree(items, item.id());
            links.stream().filter(link -> going.contains(link.predecessorId()) || going.contains(link.successorId()))
                    .forEach(link -> store.dependencies().delete(link));
            List<WorkItem> deepestFirst = items.stream().filter(candidate -> going.contains(candidate.id()))
                    .sorted(Comparator.comparingInt((WorkItem candidate) -> depth(items, candidate)).reversed())
                    .toList();
            deepestFirst.forEach(candidate -> store.workItems().delete(candidate));
        }

        private void link(PlanStore store, List<WorkItem> items, List<Dependency> links) {
            if (items.size() < 2) {
                return;
            }
            // most links among a few items, so that replicas link the same items both ways now and then
            int among = random.nextBoolean() ? Math.min(3, items.size()) : items.size();
            UUID predecessor = items.get(random.nextInt(among)).id();
            UUID successor = items.get(random.nextInt(among)).id();
            Map<UUID, List<UUID>> graph = new HashMap<>();
            links.forEach(link -> graph.computeIfAbsent(link.predecessorId(), id -> new ArrayList<>())
                    .add(link.successorId()));
            boolean taken = links.stream().anyMatch(link -> link.predecessorId().equals(predecessor)
                    && link.successorId().equals(successor));
            if (!predecessor.equals(successor) && !taken && !reaches(graph, successor, predecessor)) {
                store.dependencies().insert(new Dependency(new UUID(CREATED_IDS, created++), predecessor, successor,
                        DependencyType.FS, 0, LagUnit.WORKING));
            }
        }

        private static Set<UUID> subtree(List<WorkItem> items, UUID root) {
            Set<UUID> below = new HashSet<>(Set.of(root));
            boolean grew = true;
            while (grew) {
                grew = false;
                for (WorkItem item : items) {
                    if (item.parentId() != null && below.contains(item.parentId()) && below.add(item.id())) {
                        grew = true;
                    }
                }
            }
            return below;
        }

        private static int depth(List<WorkItem> items, WorkItem item) {
            Map<UUID, UUID> parents = new HashMap<>();
            items.forEach(each -> parents.put(each.id(), each.parentId()));
            int depth = 0;
            for (UUID at = item.parentId(); at != null; at = parents.get(at)) {
                depth++;
            }
            return depth;
        }
    }

    private static boolean reaches(Map<UUID, List<UUID>> graph, UUID from, UUID to) {
        Deque<UUID> open = new ArrayDeque<>(List.of(from));
        Set<UUID> seen = new HashSet<>();
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

    private static boolean isOwn(TestReplica replica, byte[] bytes) {
        UUID sender = PackageReader.read(bytes, "pool.coplan").sender().id();
        return sender.equals(replica.database.readSync(store -> store.localReplica().id()));
    }

    private static void isATreeWithAcyclicLinks(TestReplica replica) {
        List<WorkItem> items = replica.database.read(store -> store.workItems().findAll());
        Map<UUID, UUID> parents = new HashMap<>();
        items.forEach(item -> parents.put(item.id(), item.parentId()));
        for (WorkItem item : items) {
            Set<UUID> up = new HashSet<>();
            for (UUID at = item.id(); at != null; at = parents.get(at)) {
                assertThat(up.add(at)).as("parent cycle through %s", at).isTrue();
                assertThat(parents).containsKey(at);
            }
        }
        Map<UUID, List<UUID>> graph = new HashMap<>();
        List<Dependency> links = replica.database.read(store -> store.dependencies().findAll());
        links.forEach(link -> graph.computeIfAbsent(link.predecessorId(), id -> new ArrayList<>())
                .add(link.successorId()));
        for (Dependency link : links) {
            assertThat(reaches(graph, link.successorId(), link.predecessorId())).as("link cycle through %s", link)
                    .isFalse();
        }
    }

    /**
     * Nothing lost: an update is the field's value (a sort key that a tie lengthened counts), was overwritten
     * knowingly, was deleted by a replica that had seen it, or is the loser of a conflict some replica keeps; a
     * link that was made and not deleted is there or kept as a conflict.
     */
    private static void everyEditIsAccountedFor(List<TestReplica> replicas) {
        List<Change> all = replicas.getFirst().database.readSync(store -> store.changesAfter(VersionVector.EMPTY));
        Set<ChangeId> overwritten = all.stream().map(Change::prior).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<UUID, List<Change>> deletes = all.stream().filter(change -> change.kind() == ChangeRecord.Kind.DELETE)
                .collect(Collectors.groupingBy(Change::entityId));
        Set<ChangeId> losers = new HashSet<>();
        Set<UUID> repairedParents = new HashSet<>();
        for (TestReplica replica : replicas) {
            for (SyncConflict conflict : replica.database.readSync(SyncStore::conflicts)) {
                losers.add(conflict.loser());
                if (ConflictKind.of(conflict.field()) == ConflictKind.PARENT) {
                    repairedParents.add(conflict.entityId());
                }
            }
        }
        Map<String, String> current = replicas.getFirst().dump().stream()
                .collect(Collectors.toMap(line -> line.substring(0, line.indexOf('=')),
                        line -> line.substring(line.indexOf('=') + 1)));
        for (Change change : all) {
            String key = change.entityType() + "/" + change.entityId() + "/" + change.field();
            boolean knowinglyDeleted = deletes.getOrDefault(change.entityId(), List.of()).stream()
                    .anyMatch(delete -> ConflictFinder.knew(delete, change));
            boolean accounted = overwritten.contains(change.id()) || losers.contains(change.id()) || knowinglyDeleted;
            if (change.kind() == ChangeRecord.Kind.UPDATE) {
                String now = current.get(key);
                boolean isCurrent = CanonicalDump.quoted(change.value()).equals(now)
                        || change.field().equals("sort_key") && now != null
                        && now.startsWith("\"" + change.value())
                        || change.field().equals("sibling_scope") && repairedParents.contains(change.entityId());
                assertThat(isCurrent || accounted).as("edit %s of %s = %s", change.id(), key, change.value())
                        .isTrue();
            } else if (change.kind() == ChangeRecord.Kind.INSERT && change.entityType().equals("dependency")
                    && !deletes.containsKey(change.entityId())) {
                boolean present = current.containsKey("dependency/" + change.entityId() + "/predecessor_id");
                assertThat(present || losers.contains(change.id())).as("link %s", change.entityId()).isTrue();
            }
        }
    }
}
