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
import org.coplan.service.ChangeRecord;
import org.coplan.service.port.SyncDatabase;
import org.coplan.service.port.SyncStore;
import org.coplan.service.port.UnfitValueException;
import org.coplan.service.sync.Change;
import org.coplan.service.sync.ChangeId;
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
        Map<UUID, List<Change>> before = store.changesOf(incoming.keySet());
        ConflictFinder finder = new ConflictFinder(ids);
        List<SyncConflict> conflicts = new ArrayList<>();
        List<RowWrite> writes = new ArrayList<>();
        Map<String, Map<UUID, EntityRow>> stored = storedRows(store, types);
        int waiting = 0;
        for (Map.Entry<UUID, List<Change>> entity : incoming.entrySet()) {
            UUID id = entity.getKey();
            List<Change> mine = before.getOrDefault(id, List.of());
            List<Change> theirs = new ArrayList<>(entity.getValue());
            theirs.sort(Change.STAMP_ORDER);
            conflicts.addAll(finder.find(mine, theirs));
            List<Change> all = new ArrayList<>(mine);
            all.addAll(theirs);
            all.sort(Change.STAMP_ORDER);
            String type = types.get(id);
            EntityState state = EntityState.of(type, id, all, store.fieldsOf(type));
            EntityRow current = stored.get(type).get(id);
            Change cause = theirs.getLast();
            switch (state) {
                case EntityState.Gone gone -> {
                    if (current != null) {
                        writes.add(new RowWrite.Delete(gone.delete(), type, id));
                    }
                }
                case EntityState.Waiting ignored -> waiting++;
                case EntityState.Present present -> {
                    if (current == null) {
                        writes.add(new RowWrite.Insert(insertOf(all), present.row()));
                    } else if (!current.fields().equals(present.row().fields())) {
                        writes.add(new RowWrite.Update(cause, present.row()));
                    }
                }
            }
        }
        ImportReport report = new ImportReport(plan.sender(), plan.isFull(), dryRun, plan.changes().size(),
                plan.changes().size() - fresh.size(), count(writes, RowWrite.Insert.class),
                count(writes, RowWrite.Update.class), count(writes, RowWrite.Delete.class), waiting, conflicts);
        if (!dryRun) {
            write(store, plan, fresh, conflicts, writes);
        }
        return report;
    }

    private static Map<String, Map<UUID, EntityRow>> storedRows(SyncStore store, Map<UUID, String> types) {
        Map<String, List<UUID>> byType = new HashMap<>();
        types.forEach((id, type) -> byType.computeIfAbsent(type, t -> new ArrayList<>()).add(id));
        Map<String, Map<UUID, EntityRow>> stored = new HashMap<>();
        byType.forEach((type, idsOfType) -> stored.put(type, store.rows(type, idsOfType)));
        return stored;
    }

    private static Change insertOf(List<Change> changes) {
        return changes.stream().filter(change -> change.kind() == ChangeRecord.Kind.INSERT).findFirst()
                .orElseThrow();
    }

    private static void write(SyncStore store, PlanPackage plan, List<Change> fresh, List<SyncConflict> conflicts,
                              List<RowWrite> writes) {
        store.knowReplica(plan.sender().id(), plan.sender().name());
        for (ReplicaInfo replica : plan.replicas()) {
            store.knowReplica(replica.id(), replica.name());
        }
        store.append(fresh);
        InsertBatch inserts = new InsertBatch(store);
        try {
            for (RowWrite write : WriteOrder.of(writes)) {
                switch (write) {
                    case RowWrite.Insert insert -> inserts.add(insert.row());
                    case RowWrite.Update update -> {
                        inserts.flush();
                        store.writeRow(update.row());
                    }
                    case RowWrite.Delete delete -> {
                        inserts.flush();
                        store.deleteRow(delete.entityType(), delete.id());
                    }
                }
            }
            inserts.flush();
        } catch (UnfitValueException unfit) {
            throw new PackageRefusedException(Problem.tr("exchange.refused.bad-value", unfit.entityType(),
                    unfit.entityId(), unfit.detail()), unfit);
        }
        store.addConflicts(conflicts);
        store.advanceSeen();
        store.acknowledge(plan.sender().id(), plan.senderSeen());
    }

    private static int count(List<RowWrite> writes, Class<? extends RowWrite> kind) {
        return (int) writes.stream().filter(kind::isInstance).count();
    }
}
