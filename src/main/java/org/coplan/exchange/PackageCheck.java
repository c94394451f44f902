package org.coplan.exchange;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coplan.service.port.SyncStore;
import org.coplan.service.sync.Change;
import org.coplan.service.sync.ReplicaInfo;

/**
 * Checks a package against this plan's schema before anything is written: every kind of record and every field
 * it names must exist here, and every change must come from a replica the package names. A newer Coplan that
 * adds a field also raises the format version, so a mismatch here means a damaged or foreign file.
 */
final class PackageCheck {

    private final SyncStore store;
    private final Map<String, Set<String>> fields = new HashMap<>();

    PackageCheck(SyncStore store) {
        this.store = store;
        store.entityTypes().forEach(type -> fields.put(type, store.fieldsOf(type)));
    }

    void require(PlanPackage plan) {
        Set<UUID> named = new HashSet<>();
        named.add(plan.sender().id());
        plan.replicas().stream().map(ReplicaInfo::id).forEach(named::add);
        for (Change change : plan.changes()) {
            if (!named.contains(change.id().replica())) {
                throw PackageReader.refused("exchange.refused.unnamed-replica", change.id().replica());
            }
            Set<String> known = fields.get(change.entityType());
            if (known == null) {
                throw PackageReader.refused("exchange.refused.unknown-type", change.entityType());
            }
            switch (change.kind()) {
                case UPDATE -> requireField(known, change, change.field());
                case INSERT -> change.insertedValues().keySet().forEach(field -> requireField(known, change, field));
                case DELETE -> {
                    // a delete names the whole row, which the change itself already checked
                }
            }
        }
    }

    private static void requireField(Set<String> known, Change change, String field) {
        if (!known.contains(field)) {
            throw PackageReader.refused("exchange.refused.unknown-field", change.entityType(), field);
        }
    }
}
