package org.coplan.persistence;

import static org.coplan.persistence.generated.Tables.CHANGE_LOG;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.coplan.persistence.generated.tables.records.ChangeLogRecord;
import org.coplan.service.ChangeRecord;
import org.coplan.service.port.ChangeLogRepository;
import org.jooq.DSLContext;
import org.jooq.Field;

/** The change log: appended to by every repository write of the same transaction, read by history views. */
final class JooqChangeLogRepository implements ChangeLogRepository {

    /** The column the log's values go into; a longer text (a huge baseline) is not kept, see {@link #fit}. */
    static final int MAX_VALUE_LENGTH = 100_000;

    private static final int MAX_AUTHOR_LENGTH = 200;

    private static final List<Field<?>> WRITTEN = List.of(CHANGE_LOG.CHANGE_ID, CHANGE_LOG.REPLICA_ID,
            CHANGE_LOG.ENTITY_TYPE, CHANGE_LOG.ENTITY_ID, CHANGE_LOG.FIELD_NAME, CHANGE_LOG.CHANGE_KIND,
            CHANGE_LOG.OLD_VALUE, CHANGE_LOG.NEW_VALUE, CHANGE_LOG.CHANGED_AT, CHANGE_LOG.CHANGED_BY);

    private final DSLContext dsl;

    JooqChangeLogRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void append(List<ChangeRecord> changes) {
        BatchInsert.rows(dsl, CHANGE_LOG, WRITTEN, changes.stream().map(JooqChangeLogRepository::row).toList());
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

    private static Object[] row(ChangeRecord change) {
        return new Object[] {change.changeId(), change.replicaId(), change.entityType(), change.entityId(),
            change.field(), change.kind().name(), fit(change.oldValue()), fit(change.newValue()),
            OffsetDateTime.ofInstant(change.changedAt(), ZoneOffset.UTC), shortened(change.changedBy())};
    }

    // a value too long for the column is left out rather than failing the user's edit; only whole-row texts
    // of very large baselines get there, and the rows themselves stay in their tables
    private static String fit(String value) {
        return value == null || value.length() <= MAX_VALUE_LENGTH ? value : null;
    }

    private static String shortened(String userName) {
        return userName.length() <= MAX_AUTHOR_LENGTH ? userName : userName.substring(0, MAX_AUTHOR_LENGTH);
    }

    private static ChangeRecord toChange(ChangeLogRecord row) {
        return new ChangeRecord(row.getChangeId(), row.getReplicaId(), row.getEntityType(), row.getEntityId(),
                row.getFieldName(), ChangeRecord.Kind.valueOf(row.getChangeKind()), row.getOldValue(),
                row.getNewValue(), row.getChangedAt().toInstant(), row.getChangedBy());
    }
}
