package org.coplan.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Orders an import's row writes by their causing change's stamp, then moves a new work item after a new parent
 * it ended up under: a child created first and moved under a newer item later is inserted with its final
 * parent, which must exist by then.
 */
final class WriteOrder {

    static final String WORK_ITEM = "work_item";
    static final String PARENT = "parent_id";

    private WriteOrder() {
    }

    static List<RowWrite> of(List<RowWrite> writes) {
        List<RowWrite> byStamp = new ArrayList<>(writes);
        byStamp.sort((left, right) -> org.coplan.service.sync.Change.STAMP_ORDER.compare(left.cause(), right.cause()));
        Set<UUID> insertedItems = new HashSet<>();
        for (RowWrite write : byStamp) {
            if (write instanceof RowWrite.Insert insert && insert.entityType().equals(WORK_ITEM)) {
                insertedItems.add(insert.id());
            }
        }
        List<RowWrite> ordered = new ArrayList<>(byStamp.size());
        Set<UUID> written = new HashSet<>();
        Map<UUID, List<RowWrite>> waitingFor = new HashMap<>();
        for (RowWrite write : byStamp) {
            UUID parent = newParent(write, insertedItems);
            if (parent != null && !written.contains(parent)) {
                waitingFor.computeIfAbsent(parent, id -> new ArrayList<>()).add(write);
            } else {
                emit(write, ordered, written, waitingFor);
            }
        }
        // what still waits sits in a parent cycle; written last, the database refuses it and the import with it
        waitingFor.values().forEach(ordered::addAll);
        return ordered;
    }

    private static void emit(RowWrite write, List<RowWrite> ordered, Set<UUID> written,
                             Map<UUID, List<RowWrite>> waitingFor) {
        ordered.add(write);
        written.add(write.id());
        List<RowWrite> children = waitingFor.remove(write.id());
        if (children != null) {
            children.forEach(child -> emit(child, ordered, written, waitingFor));
        }
    }

    private static UUID newParent(RowWrite write, Set<UUID> insertedItems) {
        if (write instanceof RowWrite.Insert insert && insert.entityType().equals(WORK_ITEM)) {
            String parent = insert.row().fields().get(PARENT);
            UUID parentId = parent == null ? null : UUID.fromString(parent);
            return insertedItems.contains(parentId) ? parentId : null;
        }
        return null;
    }
}
