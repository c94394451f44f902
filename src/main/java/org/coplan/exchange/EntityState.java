package org.coplan.exchange;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.coplan.service.ChangeRecord;
import org.coplan.service.sync.Change;
import org.coplan.service.sync.EntityRow;

/**
 * What one entity is, as a function of the set of its changes only (ADR 0008): folding them in stamp order,
 * the insert sets every field, each update one field, and a delete anywhere makes it gone. Two replicas
 * holding the same changes therefore compute the same state, whatever order they arrived in.
 */
sealed interface EntityState {

    /** Deleted: a tombstone is held. */
    record Gone(Change delete) implements EntityState {
    }

    /** Updates are held but the insert has not arrived yet; the stored row, if any, is left as it is. */
    record Waiting() implements EntityState {
    }

    record Present(EntityRow row) implements EntityState {
    }

    /** Alive by its changes but kept out of the plan by a merge rule (a link closing a cycle); no row. */
    record Disabled() implements EntityState {
    }

    /**
     * @param changes every held change of the entity, in stamp order
     * @param fields  the fields of the entity's kind; one no change set is {@code null}
     */
    static EntityState of(String entityType, UUID id, List<Change> changes, Collection<String> fields) {
        Change insert = null;
        Map<String, String> values = new TreeMap<>();
        fields.forEach(field -> values.put(field, null));
        for (Change change : changes) {
            switch (change.kind()) {
                case DELETE -> {
                    return new Gone(change);
                }
                case INSERT -> {
                    insert = change;
                    values.putAll(change.insertedValues());
                }
                case UPDATE -> values.put(change.field(), change.value());
            }
        }
        if (insert == null) {
            return new Waiting();
        }
        return new Present(EntityRow.of(entityType, id, values));
    }

    static boolean deletes(List<Change> changes) {
        return changes.stream().anyMatch(change -> change.kind() == ChangeRecord.Kind.DELETE);
    }
}
