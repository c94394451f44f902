package org.coplan.persistence;

import static org.coplan.persistence.generated.Tables.CHANGE_LOG;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coplan.service.ChangeRecord;
import org.coplan.service.sync.Change;
import org.coplan.service.sync.ChangeId;
import org.jooq.DSLContext;
import org.jooq.Record5;

/**
 * The change that currently decides each field: the one with the greatest stamp among the field's updates and
 * the entity's insert. A new update names it as the change it overwrites, which is how an importing replica
 * tells a later edit from a concurrent one.
 */
final class FieldWinners {

    private final DSLContext dsl;

    FieldWinners(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The deciding change of every field that {@code changes} update; fields never changed are absent. */
    Map<FieldKey, ChangeId> of(List<ChangeRecord> changes) {
        List<UUID> updated = new ArrayList<>();
        for (ChangeRecord change : changes) {
            if (change.kind() == ChangeRecord.Kind.UPDATE) {
                updated.add(change.entityId());
            }
        }
        Map<FieldKey, Winner> winners = new HashMap<>();
        for (List<UUID> chunk : Chunks.of(updated)) {
            for (Record5<UUID, String, UUID, Long, Long> row : dsl.select(CHANGE_LOG.ENTITY_ID,
                            CHANGE_LOG.FIELD_NAME, CHANGE_LOG.REPLICA_ID, CHANGE_LOG.REPLICA_SEQ, CHANGE_LOG.LAMPORT)
                    .from(CHANGE_LOG).where(Chunks.in(CHANGE_LOG.ENTITY_ID, chunk))
                    .and(CHANGE_LOG.CHANGE_KIND.ne(ChangeRecord.Kind.DELETE.name())).fetch()) {
                Winner candidate = new Winner(new ChangeId(row.value3(), row.value4()), row.value5());
                winners.merge(new FieldKey(row.value1(), row.value2()), candidate, Winner::greater);
            }
        }
        Map<FieldKey, ChangeId> priors = new HashMap<>();
        for (ChangeRecord change : changes) {
            if (change.kind() != ChangeRecord.Kind.UPDATE) {
                continue;
            }
            FieldKey field = new FieldKey(change.entityId(), change.field());
            Winner own = winners.get(field);
            Winner insert = winners.get(new FieldKey(change.entityId(), JooqEntityRepository.WHOLE_ROW));
            Winner decider = own == null ? insert : insert == null ? own : own.greater(insert);
            if (decider != null) {
                priors.put(field, decider.id());
            }
        }
        return priors;
    }

    private record Winner(ChangeId id, long lamport) {

        Winner greater(Winner other) {
            return Change.compareStamps(lamport, id.replica(), other.lamport, other.id.replica()) >= 0 ? this : other;
        }
    }
}
