package org.coplan.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coplan.domain.WorkItem;
import org.coplan.service.ChangeRecord;
import org.coplan.service.sync.Change;
import org.coplan.service.sync.ChangeId;
import org.coplan.service.sync.SyncConflict;
import org.coplan.service.sync.VersionVector;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Three replicas edit fields of the same items offline and exchange packages in random order, with duplicates and
 * packages that never arrive; at the end every replica gets every replica's latest package. Then all show the same
 * plan, a second import changes nothing, and every edit is the current value, knowingly overwritten, or a conflict.
 */
class ConvergenceProperties {

    private static final int ITEMS = 4;
    private static final String[] NAMES = {"Survey", "Joint study", "Workshop", "Report"};

    @Property(tries = 25)
    void replicasThatHoldTheSameChangesShowTheSamePlan(@ForAll long seed,
                                                       @ForAll @IntRange(min = 1, max = 30) int steps) {
        Random random = new Random(seed);
        List<TestReplica> replicas = List.of(new TestReplica("anna"), new TestReplica("boris"),
                new TestReplica("chingiz"));
        try {
            List<WorkItem> items = SmallPlan.store(replicas.getFirst().database, ITEMS);
            byte[] base = replicas.getFirst().export(true);
            replicas.get(1).importPackage(base);
            replicas.get(2).importPackage(base);
            List<byte[]> pool = new ArrayList<>();
            for (int step = 0; step < steps; step++) {
                TestReplica replica = replicas.get(random.nextInt(replicas.size()));
                switch (random.nextInt(3)) {
                    case 0 -> edit(replica, items.get(random.nextInt(ITEMS)).id(), random);
                    case 1 -> pool.add(replica.export(random.nextBoolean()));
                    default -> {
                        if (!pool.isEmpty() && !isOwn(replica, pool.get(random.nextInt(pool.size())))) {
                            deliverAny(replica, pool, random);
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

            TestReplica again = replicas.get(random.nextInt(replicas.size()));
            byte[] repeated = latest.get((replicas.indexOf(again) + 1) % replicas.size());
            ImportReport second = again.importPackage(repeated);
            assertThat(second.applied()).isZero();
            assertThat(again.dump()).isEqualTo(expected);

            everyEditIsCurrentOverwrittenOrInConflict(replicas);
        } finally {
            replicas.forEach(TestReplica::close);
        }
    }

    private static void edit(TestReplica replica, UUID itemId, Random random) {
        replica.database.writeVoid(store -> {
            WorkItem item = store.workItems().find(itemId).orElseThrow();
            WorkItem edited = switch (random.nextInt(4)) {
                case 0 -> item.withName(NAMES[random.nextInt(NAMES.length)]);
                case 1 -> item.withTexts(item.deliverable(), "note " + random.nextInt(5));
                case 2 -> item.withPercentComplete(random.nextInt(5) * 25);
                default -> item.withTexts("deliverable " + random.nextInt(3), item.notes());
            };
            store.workItems().update(item, edited);
        });
    }

    private static void deliverAny(TestReplica replica, List<byte[]> pool, Random random) {
        byte[] bytes = pool.get(random.nextInt(pool.size()));
        if (!isOwn(replica, bytes)) {
            replica.importPackage(bytes);
        }
    }

    private static boolean isOwn(TestReplica replica, byte[] bytes) {
        UUID sender = PackageReader.read(bytes, "pool.coplan").sender().id();
        return sender.equals(replica.database.readSync(store -> store.localReplica().id()));
    }

    /** Nothing lost: an update that is not the field's value was overwritten knowingly or is a kept conflict. */
    private static void everyEditIsCurrentOverwrittenOrInConflict(List<TestReplica> replicas) {
        List<Change> all = replicas.getFirst().database.readSync(store -> store.changesAfter(VersionVector.EMPTY));
        Set<ChangeId> overwritten = all.stream().map(Change::prior).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Set<ChangeId> conflictLosers = new HashSet<>();
        for (TestReplica replica : replicas) {
            replica.database.readSync(store -> store.conflicts()).stream().map(SyncConflict::loser)
                    .forEach(conflictLosers::add);
        }
        Map<String, String> current = replicas.getFirst().dump().stream()
                .collect(Collectors.toMap(line -> line.substring(0, line.indexOf('=')),
                        line -> line.substring(line.indexOf('=') + 1)));
        for (Change change : all) {
            if (change.kind() == ChangeRecord.Kind.UPDATE) {
                String key = change.entityType() + "/" + change.entityId() + "/" + change.field();
                boolean isCurrent = CanonicalDump.quoted(change.value()).equals(current.get(key));
                assertThat(isCurrent || overwritten.contains(change.id()) || conflictLosers.contains(change.id()))
                        .as("edit %s of %s = %s", change.id(), key, change.value()).isTrue();
            }
        }
    }
}
