package org.coplan.persistence;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.UpdatableRecord;

/** The child rows fetched together with a batch of parent rows (one query per child table, no N+1). */
final class LoadedChildren {

    private final Map<ChildRows<?, ?>, Map<UUID, ? extends List<?>>> byTable;

    LoadedChildren(Map<ChildRows<?, ?>, Map<UUID, ? extends List<?>>> byTable) {
        this.byTable = Map.copyOf(byTable);
    }

    /** The rows of {@code rows}' table belonging to {@code parentId}; empty when it has none. */
    @SuppressWarnings("unchecked")
    <C extends UpdatableRecord<C>> List<C> of(ChildRows<?, C> rows, UUID parentId) {
        Map<UUID, ? extends List<?>> loaded = byTable.get(rows);
        if (loaded == null) {
            throw new IllegalStateException("children of " + rows.field() + " were not loaded");
        }
        List<?> found = loaded.get(parentId);
        return found == null ? List.of() : (List<C>) found;
    }
}
