package org.coplan.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coplan.service.port.SyncStore;

/**
 * Writes a merge's rows in an order every constraint accepts at every step. The merged plan is consistent; the
 * way there need not be (a child arrives before its new parent, an item takes a place another leaves):
 * <ol>
 * <li>deletes, kinds that refer to others first; items that move or go are first taken out of the tree, so no
 *     child, parent or sibling place stands in the way;</li>
 * <li>inserts and updates, kinds referred to first; items after their parent, new rows of a kind in batches.</li>
 * </ol>
 */
final class MergeWrites {

    private MergeWrites() {
    }

    static void apply(SyncStore store, List<RowWrite> inserts, List<RowWrite> updates, List<RowWrite> deletes,
                      Set<UUID> moved) {
        List<String> types = store.entityTypes();
        Map<String, List<RowWrite>> deletesByType = byType(deletes);
        for (String type : types.reversed()) {
            List<RowWrite> going = deletesByType.getOrDefault(type, List.of());
            if (type.equals(TreeRepair.TYPE)) {
                Set<UUID> detached = new HashSet<>(moved);
                going.forEach(delete -> detached.add(delete.id()));
                store.detachItems(detached);
            }
            going.forEach(delete -> store.deleteRow(type, delete.id()));
        }
        Map<String, List<RowWrite>> insertsByType = byType(inserts);
        Map<String, List<RowWrite>> updatesByType = byType(updates);
        InsertBatch batch = new InsertBatch(store);
        for (String type : types) {
            List<RowWrite> writes = new ArrayList<>(insertsByType.getOrDefault(type, List.of()));
            writes.addAll(updatesByType.getOrDefault(type, List.of()));
            if (type.equals(TreeRepair.TYPE)) {
                writes = parentsFirst(writes);
            }
            for (RowWrite write : writes) {
                switch (write) {
                    case RowWrite.Insert insert -> batch.add(insert.row());
                    case RowWrite.Update update -> {
                        batch.flush();
                        store.writeRow(update.row());
                    }
                    case RowWrite.Delete ignored -> throw new IllegalStateException("deletes come first");
                }
            }
            batch.flush();
        }
    }

    private static Map<String, List<RowWrite>> byType(List<RowWrite> writes) {
        Map<String, List<RowWrite>> byType = new LinkedHashMap<>();
        writes.forEach(write -> byType.computeIfAbsent(write.entityType(), t -> new ArrayList<>()).add(write));
        return byType;
    }

    /** Items whose parent is written in the same merge come after it; the rest keep their order. */
    static List<RowWrite> parentsFirst(List<RowWrite> writes) {
        Map<UUID, RowWrite> byId = new HashMap<>();
        writes.forEach(write -> byId.put(write.id(), write));
        Map<UUID, List<RowWrite>> children = new HashMap<>();
        List<RowWrite> roots = new ArrayList<>();
        for (RowWrite write : writes) {
            UUID parent = parentOf(write);
            if (parent != null && byId.containsKey(parent)) {
                children.computeIfAbsent(parent, id -> new ArrayList<>()).add(write);
            } else {
                roots.add(write);
            }
        }
        List<RowWrite> ordered = new ArrayList<>(writes.size());
        List<RowWrite> open = new ArrayList<>(roots.reversed());
        while (!open.isEmpty()) {
            RowWrite write = open.removeLast();
            ordered.add(write);
            open.addAll(children.getOrDefault(write.id(), List.of()).reversed());
        }
        return ordered;
    }

    private static UUID parentOf(RowWrite write) {
        String parent = switch (write) {
            case RowWrite.Insert insert -> insert.row().fields().get(TreeRepair.PARENT);
            case RowWrite.Update update -> update.row().fields().get(TreeRepair.PARENT);
            case RowWrite.Delete ignored -> null;
        };
        return parent == null ? null : UUID.fromString(parent);
    }
}
