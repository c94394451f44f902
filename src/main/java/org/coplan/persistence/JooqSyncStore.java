package org.coplan.persistence;

import static org.coplan.persistence.generated.Tables.CHANGE_LOG;
import static org.coplan.persistence.generated.Tables.REPLICA;
import static org.coplan.persistence.generated.Tables.REPLICA_PEER;
import static org.coplan.persistence.generated.Tables.SYNC_CONFLICT;
import static org.coplan.persistence.generated.Tables.WORK_ITEM;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coplan.domain.Ids;
import org.coplan.persistence.generated.tables.records.ChangeLogRecord;
import org.coplan.persistence.generated.tables.records.ReplicaRecord;
import org.coplan.persistence.generated.tables.records.SyncConflictRecord;
import org.coplan.service.ChangeRecord;
import org.coplan.service.port.ConflictRecords;
import org.coplan.service.port.ReplicaKeys;
import org.coplan.service.port.SyncStore;
import org.coplan.service.port.UnfitValueException;
import org.coplan.service.sync.Change;
import org.coplan.service.sync.ChangeId;
import org.coplan.service.sync.EntityRow;
import org.coplan.service.sync.ReplicaInfo;
import org.coplan.service.sync.SyncConflict;
import org.coplan.service.sync.VersionVector;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The replicated side of one transaction's store (ADR 0008), over the same repositories as {@link JooqPlanStore}. */
final class JooqSyncStore implements SyncStore {

    private static final int MAX_REPLICA_NAME = 200;

    private final StoreContext context;
    private final Map<String, JooqEntityRepository<?, ?>> byType = new LinkedHashMap<>();
    private final InsertedValues insertedValues;

    JooqSyncStore(StoreContext context, JooqPlanStore store) {
        this.context = context;
        for (JooqEntityRepository<?, ?> rows : store.entityRows()) {
            byType.put(rows.entityType(), rows);
        }
        this.insertedValues = new InsertedValues(context.dsl(), byType);
    }

    private DSLContext dsl() {
        return context.dsl();
    }

    @Override
    public ReplicaInfo localReplica() {
        ReplicaRecord row = dsl().selectFrom(REPLICA).where(REPLICA.ID.eq(context.author().replicaId())).fetchSingle();
        return info(row);
    }

    @Override
    public ReplicaKeys keys() {
        return new JooqReplicaKeys(context);
    }

    @Override
    public ConflictRecords conflictRecords() {
        return new JooqConflictRecords(context, byType, insertedValues);
    }

    @Override
    public List<ReplicaInfo> replicas() {
        return dsl().selectFrom(REPLICA).orderBy(REPLICA.ID).fetch(JooqSyncStore::info);
    }

    private static ReplicaInfo info(ReplicaRecord row) {
        return new ReplicaInfo(row.getId(), row.getName(), row.getLastSeq());
    }

    @Override
    public VersionVector seen() {
        Map<UUID, Long> counts = new HashMap<>();
        for (ReplicaRecord row : dsl().selectFrom(REPLICA).fetch()) {
            if (row.getLastSeq() > 0) {
                counts.put(row.getId(), row.getLastSeq());
            }
        }
        return new VersionVector(counts);
    }

    @Override
    public VersionVector acknowledgedByPeers() {
        Map<UUID, Map<UUID, Long>> byPeer = new HashMap<>();
        dsl().selectFrom(REPLICA_PEER).fetch().forEach(row -> byPeer
                .computeIfAbsent(row.getPeerId(), peer -> new HashMap<>()).put(row.getReplicaId(), row.getLastSeq()));
        return VersionVector.commonTo(byPeer.values().stream().map(VersionVector::new).toList());
    }

    @Override
    public VersionVector acknowledgedBy(UUID peer) {
        Map<UUID, Long> counts = new HashMap<>();
        dsl().selectFrom(REPLICA_PEER).where(REPLICA_PEER.PEER_ID.eq(peer))
                .forEach(row -> counts.put(row.getReplicaId(), row.getLastSeq()));
        return new VersionVector(counts);
    }

    @Override
    public List<Change> changesAfter(VersionVector acknowledged) {
        List<ChangeLogRecord> rows = new ArrayList<>();
        // one range per replica on the (replica, seq) index: an incremental package reads only what it sends
        for (UUID replica : dsl().select(REPLICA.ID).from(REPLICA).fetch(REPLICA.ID)) {
            rows.addAll(dsl().selectFrom(CHANGE_LOG).where(CHANGE_LOG.REPLICA_ID.eq(replica))
                    .and(CHANGE_LOG.REPLICA_SEQ.gt(acknowledged.get(replica))).fetch());
        }
        List<Change> changes = insertedValues.fill(rows);
        changes.sort(Change.STAMP_ORDER);
        return changes;
    }

    @Override
    public Set<ChangeId> held(Collection<ChangeId> ids) {
        Map<UUID, long[]> ranges = new HashMap<>();
        for (ChangeId id : ids) {
            ranges.merge(id.replica(), new long[] {id.seq(), id.seq()},
                    (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        Set<ChangeId> wanted = new HashSet<>(ids);
        Set<ChangeId> held = new HashSet<>();
        for (Map.Entry<UUID, long[]> range : ranges.entrySet()) {
            // the changes of one replica in a package are mostly one run of numbers: one range query each
            for (Long seq : dsl().select(CHANGE_LOG.REPLICA_SEQ).from(CHANGE_LOG)
                    .where(CHANGE_LOG.REPLICA_ID.eq(range.getKey()))
                    .and(CHANGE_LOG.REPLICA_SEQ.between(range.getValue()[0], range.getValue()[1]))
                    .fetch(CHANGE_LOG.REPLICA_SEQ)) {
                ChangeId id = new ChangeId(range.getKey(), seq);
                if (wanted.contains(id)) {
                    held.add(id);
                }
            }
        }
        return held;
    }

    @Override
    public Map<UUID, List<Change>> changesOf(Collection<UUID> entityIds) {
        List<ChangeLogRecord> rows = new ArrayList<>();
        for (List<UUID> chunk : Chunks.of(entityIds)) {
            rows.addAll(dsl().selectFrom(CHANGE_LOG).where(Chunks.in(CHANGE_LOG.ENTITY_ID, chunk)).fetch());
        }
        Map<UUID, List<Change>> byEntity = new HashMap<>();
        for (Change change : insertedValues.fill(rows)) {
            byEntity.computeIfAbsent(change.entityId(), id -> new ArrayList<>()).add(change);
        }
        byEntity.values().forEach(changes -> changes.sort(Change.STAMP_ORDER));
        return byEntity;
    }

    @Override
    public List<String> entityTypes() {
        return List.copyOf(byType.keySet());
    }

    @Override
    public Set<String> fieldsOf(String entityType) {
        return new LinkedHashSet<>(rowsOf(entityType).fieldNames());
    }

    @Override
    public Map<UUID, EntityRow> rows(String entityType, Collection<UUID> ids) {
        Map<UUID, EntityRow> rows = new HashMap<>();
        rowsOf(entityType).rowTexts(ids).forEach((id, fields) -> rows.put(id, EntityRow.of(entityType, id, fields)));
        return rows;
    }

    @Override
    public List<EntityRow> rows(String entityType) {
        List<EntityRow> rows = new ArrayList<>();
        rowsOf(entityType).allRowTexts().forEach((id, fields) -> rows.add(EntityRow.of(entityType, id, fields)));
        return rows;
    }

    @Override
    public void writeRow(EntityRow row) {
        try {
            rowsOf(row.entityType()).writeTexts(row.id(), row.fields());
        } catch (UnfitValueException named) {
            throw named;
        } catch (IllegalArgumentException unfit) {
            throw new UnfitValueException(row.entityType(), row.id(), unfit.getMessage(), unfit);
        }
    }

    @Override
    public void insertRows(String entityType, List<EntityRow> rows) {
        rowsOf(entityType).insertTexts(rows);
    }

    @Override
    public void deleteRow(String entityType, UUID id) {
        rowsOf(entityType).removeRow(id);
    }

    private JooqEntityRepository<?, ?> rowsOf(String entityType) {
        JooqEntityRepository<?, ?> rows = byType.get(entityType);
        if (rows == null) {
            throw new IllegalArgumentException("no such kind of record: " + entityType);
        }
        return rows;
    }

    @Override
    public void append(List<Change> changes) {
        List<Object[]> rows = new ArrayList<>(changes.size());
        for (Change change : changes) {
            String newValue = change.kind() == ChangeRecord.Kind.INSERT ? InsertedValues.json(change.insertedValues())
                    : change.value();
            rows.add(new Object[] {Ids.newId(context.clock()), change.id().replica(), change.entityType(),
                change.entityId(), change.field(), change.kind().name(), null,
                JooqChangeLogRepository.fit(newValue), OffsetDateTime.ofInstant(change.changedAt(), ZoneOffset.UTC),
                JooqChangeLogRepository.shortened(change.changedBy()), change.id().seq(), change.lamport(),
                change.prior() == null ? null : change.prior().replica(),
                change.prior() == null ? null : change.prior().seq()});
        }
        BatchInsert.rows(dsl(), CHANGE_LOG, JooqChangeLogRepository.WRITTEN, rows);
    }

    @Override
    public void knowReplica(UUID id, String name) {
        String fitted = name.length() > MAX_REPLICA_NAME ? name.substring(0, MAX_REPLICA_NAME) : name;
        ReplicaRecord row = dsl().selectFrom(REPLICA).where(REPLICA.ID.eq(id)).fetchOne();
        if (row == null) {
            dsl().insertInto(REPLICA).set(REPLICA.ID, id).set(REPLICA.NAME, fitted).set(REPLICA.CREATED_AT, context.now())
                    .execute();
        } else if (!row.getName().equals(fitted) && !id.equals(context.author().replicaId())) {
            // this replica's own name is the user's to set, never a package's
            dsl().update(REPLICA).set(REPLICA.NAME, fitted).where(REPLICA.ID.eq(id)).execute();
        }
    }

    @Override
    public void advanceSeen() {
        for (ReplicaRecord replica : dsl().selectFrom(REPLICA).fetch()) {
            long prefix = replica.getLastSeq();
            for (Long seq : dsl().select(CHANGE_LOG.REPLICA_SEQ).from(CHANGE_LOG)
                    .where(CHANGE_LOG.REPLICA_ID.eq(replica.getId())).and(CHANGE_LOG.REPLICA_SEQ.gt(prefix))
                    .orderBy(CHANGE_LOG.REPLICA_SEQ).fetch(CHANGE_LOG.REPLICA_SEQ)) {
                if (seq != prefix + 1) {
                    break;
                }
                prefix = seq;
            }
            if (prefix != replica.getLastSeq()) {
                dsl().update(REPLICA).set(REPLICA.LAST_SEQ, prefix).where(REPLICA.ID.eq(replica.getId())).execute();
            }
        }
        Long highest = dsl().select(DSL.max(CHANGE_LOG.LAMPORT)).from(CHANGE_LOG).fetchOne(0, Long.class);
        if (highest != null) {
            dsl().update(REPLICA).set(REPLICA.LAMPORT_CLOCK, DSL.greatest(REPLICA.LAMPORT_CLOCK, DSL.val(highest)))
                    .where(REPLICA.ID.eq(context.author().replicaId())).execute();
        }
    }

    @Override
    public void acknowledge(UUID peer, VersionVector seen) {
        Map<UUID, Long> known = new HashMap<>();
        dsl().selectFrom(REPLICA_PEER).where(REPLICA_PEER.PEER_ID.eq(peer))
                .forEach(row -> known.put(row.getReplicaId(), row.getLastSeq()));
        for (Map.Entry<UUID, Long> entry : seen.counts().entrySet()) {
            Long before = known.get(entry.getKey());
            if (before == null) {
                dsl().insertInto(REPLICA_PEER).set(REPLICA_PEER.PEER_ID, peer)
                        .set(REPLICA_PEER.REPLICA_ID, entry.getKey()).set(REPLICA_PEER.LAST_SEQ, entry.getValue())
                        .execute();
            } else if (entry.getValue() > before) {
                // an older package read late must not make us think the peer forgot what it had
                dsl().update(REPLICA_PEER).set(REPLICA_PEER.LAST_SEQ, entry.getValue())
                        .where(REPLICA_PEER.PEER_ID.eq(peer)).and(REPLICA_PEER.REPLICA_ID.eq(entry.getKey()))
                        .execute();
            }
        }
    }

    @Override
    public void addConflicts(List<SyncConflict> conflicts) {
        for (SyncConflict conflict : conflicts) {
            boolean known = dsl().fetchExists(SYNC_CONFLICT, SYNC_CONFLICT.ENTITY_ID.eq(conflict.entityId())
                    .and(SYNC_CONFLICT.FIELD_NAME.eq(conflict.field()))
                    .and(SYNC_CONFLICT.LOSER_REPLICA_ID.eq(conflict.loser().replica()))
                    .and(SYNC_CONFLICT.LOSER_SEQ.eq(conflict.loser().seq())));
            if (!known) {
                dsl().insertInto(SYNC_CONFLICT).set(SYNC_CONFLICT.ID, conflict.id())
                        .set(SYNC_CONFLICT.ENTITY_TYPE, conflict.entityType())
                        .set(SYNC_CONFLICT.ENTITY_ID, conflict.entityId())
                        .set(SYNC_CONFLICT.FIELD_NAME, conflict.field())
                        .set(SYNC_CONFLICT.WINNER_REPLICA_ID, conflict.winner().replica())
                        .set(SYNC_CONFLICT.WINNER_SEQ, conflict.winner().seq())
                        .set(SYNC_CONFLICT.LOSER_REPLICA_ID, conflict.loser().replica())
                        .set(SYNC_CONFLICT.LOSER_SEQ, conflict.loser().seq())
                        .set(SYNC_CONFLICT.LOSER_VALUE, JooqChangeLogRepository.fit(conflict.loserValue()))
                        .set(SYNC_CONFLICT.DETECTED_AT, context.now()).execute();
            }
        }
    }

    @Override
    public List<SyncConflict> conflicts() {
        return dsl().selectFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.RESOLVED.isFalse())
                .orderBy(SYNC_CONFLICT.ENTITY_ID, SYNC_CONFLICT.FIELD_NAME, SYNC_CONFLICT.LOSER_REPLICA_ID,
                        SYNC_CONFLICT.LOSER_SEQ)
                .fetch(JooqSyncStore::conflict);
    }

    private static SyncConflict conflict(SyncConflictRecord row) {
        return new SyncConflict(row.getId(), row.getEntityType(), row.getEntityId(), row.getFieldName(),
                new ChangeId(row.getWinnerReplicaId(), row.getWinnerSeq()),
                new ChangeId(row.getLoserReplicaId(), row.getLoserSeq()), row.getLoserValue());
    }

    @Override
    public Map<UUID, Map<String, String>> columns(String entityType, Collection<String> fields) {
        return rowsOf(entityType).columnTexts(fields);
    }

    @Override
    public void detachItems(Collection<UUID> workItemIds) {
        for (List<UUID> chunk : Chunks.of(workItemIds)) {
            dsl().update(WORK_ITEM).set(WORK_ITEM.PARENT_ID, (UUID) null)
                    .set(WORK_ITEM.SIBLING_SCOPE, DSL.field("RANDOM_UUID()", UUID.class))
                    .where(Chunks.in(WORK_ITEM.ID, chunk)).execute();
        }
    }

    @Override
    public void pinInserts(String entityType, Collection<UUID> entityIds) {
        for (List<UUID> chunk : Chunks.of(entityIds)) {
            List<UUID> unpinned = dsl().select(CHANGE_LOG.ENTITY_ID).from(CHANGE_LOG)
                    .where(Chunks.in(CHANGE_LOG.ENTITY_ID, chunk)).and(CHANGE_LOG.CHANGE_KIND.eq(ChangeRecord.Kind.INSERT.name()))
                    .and(CHANGE_LOG.NEW_VALUE.isNull()).fetch(CHANGE_LOG.ENTITY_ID);
            if (unpinned.isEmpty()) {
                continue;
            }
            rowsOf(entityType).rowTexts(unpinned).forEach((id, fields) -> dsl().update(CHANGE_LOG)
                    .set(CHANGE_LOG.NEW_VALUE, InsertedValues.json(new java.util.TreeMap<>(fields)))
                    .where(CHANGE_LOG.ENTITY_ID.eq(id)).and(CHANGE_LOG.CHANGE_KIND.eq(ChangeRecord.Kind.INSERT.name()))
                    .and(CHANGE_LOG.NEW_VALUE.isNull()).execute());
        }
    }

    @Override
    public void settleConflicts(Collection<UUID> conflictIds) {
        for (List<UUID> chunk : Chunks.of(conflictIds)) {
            dsl().update(SYNC_CONFLICT).set(SYNC_CONFLICT.RESOLVED, true).where(Chunks.in(SYNC_CONFLICT.ID, chunk)).execute();
        }
    }
}
