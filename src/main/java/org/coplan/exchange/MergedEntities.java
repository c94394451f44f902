package org.coplan.exchange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.coplan.service.ChangeRecord;
import org.coplan.service.sync.Change;
import org.coplan.service.sync.EntityRow;

/**
 * The entities an import recomputes, each with all its held changes (stamp order) and the state they fold to.
 * A repair that finds it must look at an entity the package did not touch (a child of a deleted item, a sibling
 * at the same place, a link in a cycle) loads it here, so it is folded and written like the others.
 */
final class MergedEntities {

    private final Function<Collection<UUID>, Map<UUID, List<Change>>> history;
    private final Function<String, Set<String>> fieldsOf;
    private final Map<UUID, String> types = new LinkedHashMap<>();
    private final Map<UUID, List<Change>> changes = new HashMap<>();
    private final Map<UUID, EntityState> states = new HashMap<>();
    private final Set<UUID> repaired = new HashSet<>();

    MergedEntities(Function<Collection<UUID>, Map<UUID, List<Change>>> history,
                   Function<String, Set<String>> fieldsOf) {
        this.history = history;
        this.fieldsOf = fieldsOf;
    }

    /** Adds an entity with all its changes, folded. */
    void put(String type, UUID id, List<Change> all) {
        types.put(id, type);
        changes.put(id, all);
        states.put(id, EntityState.of(type, id, all, fieldsOf.apply(type)));
    }

    /** Loads and folds those of {@code ids} (of one kind) that are not here yet. */
    void load(String type, Collection<UUID> ids) {
        List<UUID> missing = ids.stream().filter(id -> !types.containsKey(id)).distinct().toList();
        if (missing.isEmpty()) {
            return;
        }
        Map<UUID, List<Change>> loaded = history.apply(missing);
        for (UUID id : missing) {
            List<Change> all = loaded.get(id);
            if (all != null) {
                put(type, id, all);
            }
        }
    }

    boolean contains(UUID id) {
        return types.containsKey(id);
    }

    String type(UUID id) {
        return types.get(id);
    }

    List<Change> changes(UUID id) {
        return changes.getOrDefault(id, List.of());
    }

    EntityState state(UUID id) {
        return states.get(id);
    }

    /** Replaces a present entity's row by a repaired one. */
    void repair(EntityRow row) {
        states.put(row.id(), new EntityState.Present(row));
        repaired.add(row.id());
    }

    /** Whether a repair changed the row its changes fold to. */
    boolean isRepaired(UUID id) {
        return repaired.contains(id);
    }

    /** Takes an entity out of the plan without a tombstone (a disabled link): no row is written for it. */
    void disable(UUID id) {
        states.put(id, new EntityState.Disabled());
    }

    List<UUID> ids(String type) {
        List<UUID> ofType = new ArrayList<>();
        types.forEach((id, entityType) -> {
            if (entityType.equals(type)) {
                ofType.add(id);
            }
        });
        return ofType;
    }

    Collection<UUID> ids() {
        return types.keySet();
    }

    Change insert(UUID id) {
        for (Change change : changes(id)) {
            if (change.kind() == ChangeRecord.Kind.INSERT) {
                return change;
            }
        }
        return null;
    }

    Change delete(UUID id) {
        for (Change change : changes(id)) {
            if (change.kind() == ChangeRecord.Kind.DELETE) {
                return change;
            }
        }
        return null;
    }
}
