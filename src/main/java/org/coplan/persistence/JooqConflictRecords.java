package org.coplan.persistence;

import static org.coplan.persistence.generated.Tables.CHANGE_LOG;
import static org.coplan.persistence.generated.Tables.REPLICA_PEER;
import static org.coplan.persistence.generated.Tables.SYNC_CONFLICT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.coplan.persistence.generated.tables.records.ChangeLogRecord;
import org.coplan.persistence.generated.tables.records.SyncConflictRecord;
import org.coplan.service.ChangeRecord;
import org.coplan.service.port.ConflictRecords;
import org.coplan.service.port.UnfitValueException;
import org.coplan.service.sync.Change;
import org.coplan.service.sync.ChangeId;
import org.coplan.service.sync.ConflictSides;
import org.coplan.service.sync.SyncConflict;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** The conflicts of one transaction, with their changes, over {@code sync_conflict} and the change log. */
final class JooqConflictRecords implements ConflictRecords {

    private final StoreContext context;
    private final Map<String, JooqEntityRepository<?, ?>> byType;
    private final InsertedValues insertedValues;

    JooqConflictRecords(StoreContext context, Map<String, JooqEntityRepository<?, ?>> byType,
                        InsertedValues insertedValues) {
        this.context = context;
        this.byType = byType;
        this.insertedValues = insertedValues;
    }

    @Override
    public List<ConflictSides> open() {
        return sides(SYNC_CONFLICT.RESOLVED.isFalse());
    }

    @Override
    public Optional<ConflictSides> find(UUID conflictId) {
        return sides(SYNC_CONFLICT.RESOLVED.isFalse().and(SYNC_CONFLICT.ID.eq(conflictId))).stream().findFirst();
    }

    private List<ConflictSides> sides(Condition which) {
        List<SyncConflictRecord> rows = context.dsl().selectFrom(SYNC_CONFLICT).where(which)
                .orderBy(SYNC_CONFLICT.DETECTED_AT, SYNC_CONFLICT.ID).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Condition changes = DSL.falseCondition();
        for (SyncConflictRecord row : rows) {
            changes = changes.or(identity(row.getWinnerReplicaId(), row.getWinnerSeq()))
                    .or(identity(row.getLoserReplicaId(), row.getLoserSeq()));
        }
        List<ChangeLogRecord> logged = context.dsl().selectFrom(CHANGE_LOG).where(changes).fetch();
        Map<ChangeId, Change> byId = new HashMap<>();
        insertedValues.fill(logged).forEach(change -> byId.put(change.id(), change));
        List<ConflictSides> sides = new ArrayList<>(rows.size());
        for (SyncConflictRecord row : rows) {
            SyncConflict conflict = conflict(row);
            Change winner = byId.get(conflict.winner());
            Change loser = byId.get(conflict.loser());
            if (winner != null && loser != null) {
                sides.add(new ConflictSides(conflict, winner, loser, row.getDetectedAt().toInstant()));
            }
        }
        return sides;
    }

    private static Condition identity(UUID replica, long seq) {
        return CHANGE_LOG.REPLICA_ID.eq(replica).and(CHANGE_LOG.REPLICA_SEQ.eq(seq));
    }

    private static SyncConflict conflict(SyncConflictRecord row) {
        return new SyncConflict(row.getId(), row.getEntityType(), row.getEntityId(), row.getFieldName(),
                new ChangeId(row.getWinnerReplicaId(), row.getWinnerSeq()),
                new ChangeId(row.getLoserReplicaId(), row.getLoserSeq()), row.getLoserValue());
    }

    @Override
    public void keep(UUID conflictId, String value) {
        SyncConflict conflict = find(conflictId).orElseThrow(() ->
                new IllegalArgumentException("no open conflict " + conflictId)).conflict();
        JooqEntityRepository<?, ?> rows = byType.get(conflict.entityType());
        Map<String, String> current = rows.rowTexts(List.of(conflict.entityId())).get(conflict.entityId());
        if (current == null) {
            throw new IllegalStateException("the record of conflict " + conflictId + " is deleted");
        }
        String old = current.get(conflict.field());
        if (!Objects.equals(old, value)) {
            Map<String, String> kept = new HashMap<>(current);
            kept.put(conflict.field(), value);
            try {
                rows.writeTexts(conflict.entityId(), kept);
            } catch (UnfitValueException named) {
                throw named;
            } catch (IllegalArgumentException unfit) {
                throw new UnfitValueException(conflict.entityType(), conflict.entityId(), unfit.getMessage(), unfit);
            }
        }
        // logged over the field's deciding change, with a stamp after both sides: it supersedes them everywhere
        new JooqChangeLogRepository(context.dsl()).append(List.of(context.change(conflict.entityType(),
                conflict.entityId(), conflict.field(), ChangeRecord.Kind.UPDATE, old, value, context.now())));
        close(conflictId);
    }

    @Override
    public void close(UUID conflictId) {
        context.dsl().update(SYNC_CONFLICT).set(SYNC_CONFLICT.RESOLVED, true).where(SYNC_CONFLICT.ID.eq(conflictId))
                .execute();
    }

    @Override
    public int closeDecided() {
        int closed = 0;
        UUID local = context.author().replicaId();
        for (ConflictSides sides : open()) {
            Change winner = sides.winner();
            Change loser = sides.loser();
            for (ChangeLogRecord later : context.dsl().selectFrom(CHANGE_LOG)
                    .where(CHANGE_LOG.ENTITY_ID.eq(sides.conflict().entityId()))
                    .and(CHANGE_LOG.FIELD_NAME.eq(sides.conflict().field()))
                    .and(CHANGE_LOG.CHANGE_KIND.eq(ChangeRecord.Kind.UPDATE.name()))
                    .and(priorIs(winner.id()).or(priorIs(loser.id()))).fetch()) {
                boolean after = Change.compareStamps(later.getLamport(), later.getReplicaId(), winner.lamport(),
                        winner.id().replica()) > 0 && Change.compareStamps(later.getLamport(), later.getReplicaId(),
                        loser.lamport(), loser.id().replica()) > 0;
                if (after && (later.getReplicaId().equals(local)
                        || acknowledged(later.getReplicaId(), winner.id()) && acknowledged(later.getReplicaId(),
                        loser.id()))) {
                    close(sides.conflict().id());
                    closed++;
                    break;
                }
            }
        }
        return closed;
    }

    private static Condition priorIs(ChangeId id) {
        return CHANGE_LOG.PRIOR_REPLICA_ID.eq(id.replica()).and(CHANGE_LOG.PRIOR_SEQ.eq(id.seq()));
    }

    /** Whether {@code peer}'s last package said it held {@code change}; a replica holds its own changes. */
    private boolean acknowledged(UUID peer, ChangeId change) {
        if (peer.equals(change.replica())) {
            return true;
        }
        Long seen = context.dsl().select(REPLICA_PEER.LAST_SEQ).from(REPLICA_PEER)
                .where(REPLICA_PEER.PEER_ID.eq(peer)).and(REPLICA_PEER.REPLICA_ID.eq(change.replica()))
                .fetchOne(REPLICA_PEER.LAST_SEQ);
        return seen != null && seen >= change.seq();
    }
}
