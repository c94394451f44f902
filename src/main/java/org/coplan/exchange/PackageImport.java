package org.coplan.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.l10n.Problem;
import org.coplan.service.port.SyncDatabase;
import org.coplan.service.port.SyncStore;
import org.coplan.service.port.UnfitValueException;
import org.coplan.service.sync.Change;
import org.coplan.service.sync.ChangeId;
import org.coplan.service.sync.ConflictKind;
import org.coplan.service.sync.EntityRow;
import org.coplan.service.sync.ReplicaInfo;
import org.coplan.service.sync.SyncConflict;

/**
 * Imports a read package into a replica in one transaction (ADR 0008): records the changes not held yet under
 * their own identities, notes the conflicts they cause, rebuilds every entity they touch from all its changes,
 * and advances the seen-vector. A refusal, or any failure, rolls everything back.
 */
public final class PackageImport {

    private final SyncDatabase database;
    private final Supplier<UUID> ids;

    public PackageImport(SyncDatabase database, Supplier<UUID> ids) {
        this.database = Objects.requireNonNull(database, "database");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /**
     * @param dryRun work everything out and report it, but write nothing
     * @throws PackageRefusedException when the package names kinds or fields this plan has not, holds a value
     *                                 that does not fit, or its rows break a rule of the plan
     */
    public ImportReport apply(PlanPackage plan, boolean dryRun) {
        if (plan.sender().id().equals(localReplicaId())) {
            throw PackageReader.refused("exchange.refused.own-package");
        }
        try {
            return database.writeSync(store -> merge(store, plan, dryRun));
        } catch (PlanRuleViolation broken) {
            throw new PackageRefusedException(Problem.tr("exchange.refused.breaks-rule", broken.problem()),
                    broken);
        }
    }

    private UUID localReplicaId() {
        return database.readSync(store -> store.localReplica().id());
    }

    private ImportReport merge(SyncStore store, PlanPackage plan, boolean dryRun) {
        new PackageCheck(store).require(plan);
        Set<ChangeId> held = store.held(plan.changes().stream().map(Change::id).toList());
        Map<UUID, List<Change>> incoming = new LinkedHashMap<>();
        Map<UUID, String> types = new HashMap<>();
        List<Change> fresh = new ArrayList<>();
        Set<ChangeId> taken = new HashSet<>(held);
        for (Change change : plan.changes()) {
            // the same change twice in one package counts once, as it would across two packages
            if (taken.add(change.id())) {
                fresh.add(change);
                incoming.computeIfAbsent(change.entityId(), id -> new ArrayList<>()).add(change);
                types.put(change.entityId(), change.entityType());
            }
        }
        // what earlier merges left out or moved is merged again: a rule's outcome follows the changes held now
        List<SyncConflict> repairedBefore = store.conflicts().stream()
                .filter(conflict -> ConflictKind.of(conflict.field()) != ConflictKind.FIELD
                        && ConflictKind.of(conflict.field()) != ConflictKind.EDIT_OF_DELETED)
                .toList();
        Map<UUID, String> again = new HashMap<>();
        repairedBefore.forEach(conflict -> again.putIfAbsent(conflict.entityId(), conflict.entityType()));
        Set<UUID> wanted = new HashSet<>(incoming.keySet());
        wanted.addAll(again.keySet());
        Map<UUID, List<Change>> before = store.changesOf(wanted);
        Map<String, Set<String>> fields = new HashMap<>();
        MergedEntities merged = new MergedEntities(store::changesOf,
                type -> fields.computeIfAbsent(type, store::fieldsOf));
        ConflictFinder finder = new ConflictFinder(ids);
        List<SyncConflict> conflicts = new ArrayList<>();
        for (Map.Entry<UUID, List<Change>> entity : incoming.entrySet()) {
            UUID id = entity.getKey();
            List<Change> mine = before.getOrDefault(id, List.of());
            List<Change> theirs = new ArrayList<>(entity.getValue());
            theirs.sort(Change.STAMP_ORDER);
            conflicts.addAll(finder.find(mine, theirs));
            List<Change> all = new ArrayList<>(mine);
            all.addAll(theirs);
            all.sort(Change.STAMP_ORDER);
            merged.put(types.get(id), id, all);
        }
        again.forEach((id, type) -> {
            if (!merged.contains(id) && before.containsKey(id)) {
                merged.put(type, id, before.get(id));
            }
        });
        Map<String, Map<UUID, EntityRow>> stored = new HashMap<>();
        List<SyncConflict> repairs = needsRepair(store, merged, stored, !again.isEmpty()) ? repair(store, merged)
                : List.of();
        Set<ConflictKey> stillHeld = new HashSet<>();
        repairedBefore.forEach(conflict -> stillHeld.add(ConflictKey.of(conflict)));
        List<UUID> settled = new ArrayList<>();
        Set<ConflictKey> found = new HashSet<>();
        for (SyncConflict conflict : repairs) {
            found.add(ConflictKey.of(conflict));
            if (!stillHeld.contains(ConflictKey.of(conflict))) {
                conflicts.add(conflict);
            }
        }
        repairedBefore.stream().filter(conflict -> !found.contains(ConflictKey.of(conflict)))
                .forEach(conflict -> settled.add(conflict.id()));

        Writes writes = writes(store, merged, stored);
        ImportReport report = new ImportReport(plan.sender(), plan.isFull(), dryRun, plan.changes().size(),
                plan.changes().size() - fresh.size(), writes.inserts.size(), writes.updates.size(),
                writes.deletes.size(), writes.waiting, conflicts);
        if (!dryRun) {
            write(store, plan, fresh, conflicts, settled, writes, merged);
        }
        return report;
    }

    /** Identifies a kept conflict across merges: what it is about and which change lost. */
    private record ConflictKey(UUID entityId, String field, ChangeId loser) {
        static ConflictKey of(SyncConflict conflict) {
            return new ConflictKey(conflict.entityId(), conflict.field(), conflict.loser());
        }
    }

    /**
     * Whether the merge can have broken the tree or the links: an item or link came, went, or changed its place
     * or ends, or an earlier repair is open. Edits of other fields (most incremental packages) cannot, and
     * then the whole tree and link graph need not be read.
     */
    private static boolean needsRepair(SyncStore store, MergedEntities merged,
                                       Map<String, Map<UUID, EntityRow>> stored, boolean openRepairs) {
        if (openRepairs) {
            return true;
        }
        for (String type : List.of(TreeRepair.TYPE, LinkRepair.TYPE)) {
            List<String> structure = type.equals(TreeRepair.TYPE) ? TreeRepair.COLUMNS : LinkRepair.COLUMNS;
            List<UUID> ofType = merged.ids(type);
            Map<UUID, EntityRow> rows = stored.computeIfAbsent(type, t -> new HashMap<>());
            rows.putAll(store.rows(type, ofType));
            for (UUID id : ofType) {
                EntityRow current = rows.get(id);
                boolean changed = switch (merged.state(id)) {
                    case EntityState.Present present -> current == null || structure.stream().anyMatch(
                            field -> !Objects.equals(current.fields().get(field), present.row().fields().get(field)));
                    case EntityState.Waiting ignored -> false;
                    case EntityState.Gone ignored -> true;
                    case EntityState.Disabled ignored -> true;
                };
                if (changed) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Makes the merged items a tree and the merged links schedulable (TreeRepair, LinkRepair). */
    private List<SyncConflict> repair(SyncStore store, MergedEntities merged) {
        boolean items = !merged.ids(TreeRepair.TYPE).isEmpty();
        boolean links = !merged.ids(LinkRepair.TYPE).isEmpty();
        if (!items && !links) {
            return List.of();
        }
        TreeRepair tree = new TreeRepair(merged, store.columns(TreeRepair.TYPE, TreeRepair.COLUMNS), ids);
        List<SyncConflict> found = new ArrayList<>(tree.repair());
        LinkRepair repair = new LinkRepair(merged, store.columns(LinkRepair.TYPE, LinkRepair.COLUMNS), ids);
        found.addAll(repair.repair(tree.alive(), item -> {
            merged.load(TreeRepair.TYPE, List.of(item));
            return merged.delete(item);
        }));
        return found;
    }

    /** The row writes a merge makes, by kind of write; {@code moved} are stored items whose place changes. */
    private static final class Writes {
        final List<RowWrite> inserts = new ArrayList<>();
        final List<RowWrite> updates = new ArrayList<>();
        final List<RowWrite> deletes = new ArrayList<>();
        final Set<UUID> moved = new HashSet<>();
        final Set<UUID> repaired = new HashSet<>();
        int waiting;
    }

    private static Writes writes(SyncStore store, MergedEntities merged, Map<String, Map<UUID, EntityRow>> read) {
        Map<String, List<UUID>> byType = new HashMap<>();
        merged.ids().forEach(id -> byType.computeIfAbsent(merged.type(id), t -> new ArrayList<>()).add(id));
        Writes writes = new Writes();
        for (Map.Entry<String, List<UUID>> kind : byType.entrySet()) {
            String type = kind.getKey();
            Map<UUID, EntityRow> stored = new HashMap<>(read.getOrDefault(type, Map.of()));
            List<UUID> unread = kind.getValue().stream().filter(id -> !stored.containsKey(id)).toList();
            stored.putAll(store.rows(type, unread));
            for (UUID id : kind.getValue()) {
                EntityRow current = stored.get(id);
                Change cause = merged.changes(id).isEmpty() ? null : merged.changes(id).getLast();
                switch (merged.state(id)) {
                    case EntityState.Gone gone -> {
                        if (current != null) {
                            writes.deletes.add(new RowWrite.Delete(gone.delete(), type, id));
                        }
                    }
                    case EntityState.Disabled ignored -> {
                        if (current != null) {
                            writes.deletes.add(new RowWrite.Delete(cause, type, id));
                            writes.repaired.add(id);
                        }
                    }
                    case EntityState.Waiting ignored -> writes.waiting++;
                    case EntityState.Present present -> {
                        if (merged.isRepaired(id)) {
                            writes.repaired.add(id);
                        }
                        if (current == null) {
                            writes.inserts.add(new RowWrite.Insert(merged.insert(id), present.row()));
                        } else if (!current.fields().equals(present.row().fields())) {
                            writes.updates.add(new RowWrite.Update(cause, present.row()));
                            if (type.equals(TreeRepair.TYPE) && movesInTree(current, present.row())) {
                                writes.moved.add(id);
                            }
                        }
                    }
                }
            }
        }
        return writes;
    }

    private static boolean movesInTree(EntityRow stored, EntityRow merged) {
        return TreeRepair.COLUMNS.stream()
                .anyMatch(field -> !Objects.equals(stored.fields().get(field), merged.fields().get(field)));
    }

    private static void write(SyncStore store, PlanPackage plan, List<Change> fresh, List<SyncConflict> conflicts,
                              List<UUID> settled, Writes writes, MergedEntities merged) {
        store.knowReplica(plan.sender().id(), plan.sender().name());
        for (ReplicaInfo replica : plan.replicas()) {
            store.knowReplica(replica.id(), replica.name());
        }
        store.append(fresh);
        Map<String, List<UUID>> repairedByType = new HashMap<>();
        writes.repaired.forEach(id -> repairedByType.computeIfAbsent(merged.type(id), t -> new ArrayList<>()).add(id));
        repairedByType.forEach(store::pinInserts);
        try {
            MergeWrites.apply(store, writes.inserts, writes.updates, writes.deletes, writes.moved);
        } catch (UnfitValueException unfit) {
            throw new PackageRefusedException(Problem.tr("exchange.refused.bad-value", unfit.entityType(),
                    unfit.entityId(), unfit.detail()), unfit);
        }
        store.addConflicts(conflicts);
        store.settleConflicts(settled);
        store.advanceSeen();
        store.acknowledge(plan.sender().id(), plan.senderSeen());
    }

    private static int count(List<RowWrite> writes, Class<? extends RowWrite> kind) {
        return (int) writes.stream().filter(kind::isInstance).count();
    }
}
