package org.coplan.exchange;

import java.util.ArrayList;
import java.util.List;
import org.coplan.service.port.SyncStore;
import org.coplan.service.sync.EntityRow;

/**
 * Collects consecutive inserts of one kind and writes them together: a full package inserts a whole plan, and
 * one statement per table instead of one per row is what makes that take seconds rather than minutes.
 * Flushed before any other write, so the order of {@link MergeWrites} is kept.
 */
final class InsertBatch {

    private final SyncStore store;
    private final List<EntityRow> rows = new ArrayList<>();

    InsertBatch(SyncStore store) {
        this.store = store;
    }

    void add(EntityRow row) {
        if (!rows.isEmpty() && !rows.getFirst().entityType().equals(row.entityType())) {
            flush();
        }
        rows.add(row);
    }

    void flush() {
        if (!rows.isEmpty()) {
            store.insertRows(rows.getFirst().entityType(), List.copyOf(rows));
            rows.clear();
        }
    }
}
