package org.coplan.persistence;

import static org.coplan.persistence.generated.Tables.CHANGE_LOG;
import static org.coplan.persistence.generated.Tables.REPLICA;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coplan.persistence.generated.tables.records.ChangeLogRecord;
import org.coplan.service.ChangeRecord;
import org.coplan.service.port.ChangeLogRepository;
import org.coplan.service.sync.ChangeId;
import org.coplan.service.sync.VersionVector;
import org.jooq.DSLContext;
import org.jooq.Field;

/** The change log: appended to by every repository write of the same transaction, read by history views. */
final class JooqChangeLogRepository implements ChangeLogRepository {

    /** The column the log's values go into; a longer text (a huge baseline) is not kept, see {@link #fit}. */
    static final int MAX_VALUE_LENGTH = 100_000;

    private static final int MAX_AUTHOR_LENGTH = 200;

    static final List<Field<?>> WRITTEN = List.of(CHANGE_LOG.CHANGE_ID, CHANGE_LOG.REPLICA_ID,
            CHANGE_LOG.ENTITY_TYPE, CHANGE_LOG.ENTITY_ID, CHANGE_LOG.FIELD_NAME, CHANGE_LOG.CHANGE_KIND,
            CHANGE_LOG.OLD_VALUE, CHANGE_LOG.NEW_VALUE, CHANGE_LOG.CHANGED_AT, CHANGE_LOG.CHANGED_BY,
            CHANGE_LOG.REPLICA_SEQ, CHANGE_LOG.LAMPORT, CHANGE_LOG.PRIOR_REPLICA_ID, CHANGE_LOG.PRIOR_SEQ);

    private final DSLContext dsl;

    JooqChangeLogRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Logs changes made here: each gets this replica's next sequence number and Lamport stamp (taken from the
     * replica's row, locked until commit, so concurrent writers never share a number and a rollback leaves no
     * gap) and, for an update, the change of the same field it overwrites (ADR 0008).
     */
    void append(List<ChangeRecord> changes) {
        if (changes.isEmpty()) {
            return;
        }
        UUID replica = changes.getFirst().replicaId();
        LocalCounter counter = LocalCounter.lock(dsl, replica);
        Map<FieldKey, ChangeId> priors = new FieldWinners(dsl).of(changes);
        String seen = changes.stream().anyMatch(change -> change.kind() == ChangeRecord.Kind.DELETE) ? seen() : null;
        List<Object[]> rows = new ArrayList<>(changes.size());
        for (ChangeRecord change : changes) {
            ChangeId prior = priors.get(new FieldKey(change.entityId(), change.field()));
            rows.add(row(change, counter.next(), prior, seen));
        }
        counter.store();
        BatchInsert.rows(dsl, CHANGE_LOG, WRITTEN, rows);
    }

    @Override
    public List<ChangeRecord> findByEntity(UUID entityId) {
        return dsl.selectFrom(CHANGE_LOG).where(CHANGE_LOG.ENTITY_ID.eq(entityId)).orderBy(CHANGE_LOG.SEQ)
                .fetch(JooqChangeLogRepository::toChange);
    }

    @Override
    public long count() {
        return dsl.fetchCount(CHANGE_LOG);
    }

    /**
     * What this replica holds of every replica, recorded as a delete's new value: a delete travels with what
     * its maker had seen, so an edit of the row made elsewhere and never seen is a conflict (ADR 0008).
     */
    private String seen() {
        Map<UUID, Long> counts = new HashMap<>();
        dsl.select(REPLICA.ID, REPLICA.LAST_SEQ).from(REPLICA).fetch()
                .forEach(row -> counts.put(row.value1(), row.value2()));
        return new VersionVector(counts).text();
    }

    private static Object[] row(ChangeRecord change, LocalCounter.Stamp stamp, ChangeId prior, String seen) {
        String newValue = change.kind() == ChangeRecord.Kind.DELETE ? seen : change.newValue();
        return new Object[] {change.changeId(), change.replicaId(), change.entityType(), change.entityId(),
            change.field(), change.kind().name(), fit(change.oldValue()), fit(newValue),
            OffsetDateTime.ofInstant(change.changedAt(), ZoneOffset.UTC), shortened(change.changedBy()),
            stamp.seq(), stamp.lamport(), prior == null ? null : prior.replica(), prior == null ? null : prior.seq()};
    }

    // a value too long for the column is left out rather than failing the user's edit; only whole-row texts
    // of very large baselines get there, and the rows themselves stay in their tables
    static String fit(String value) {
        return value == null || value.length() <= MAX_VALUE_LENGTH ? value : null;
    }

    static String shortened(String userName) {
        return userName.length() <= MAX_AUTHOR_LENGTH ? userName : userName.substring(0, MAX_AUTHOR_LENGTH);
    }

    private static ChangeRecord toChange(ChangeLogRecord row) {
        return new ChangeRecord(row.getChangeId(), row.getReplicaId(), row.getEntityType(), row.getEntityId(),
                row.getFieldName(), ChangeRecord.Kind.valueOf(row.getChangeKind()), row.getOldValue(),
                row.getNewValue(), row.getChangedAt().toInstant(), row.getChangedBy());
    }
}
