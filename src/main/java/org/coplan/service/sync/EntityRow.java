package org.coplan.service.sync;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/** A stored entity as canonical field texts (without its id and bookkeeping stamps), fields sorted by name. */
public record EntityRow(String entityType, UUID id, SortedMap<String, String> fields) {

    public EntityRow {
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(id, "id");
        fields = Collections.unmodifiableSortedMap(new TreeMap<>(fields));
    }

    public static EntityRow of(String entityType, UUID id, Map<String, String> fields) {
        return new EntityRow(entityType, id, new TreeMap<>(fields));
    }
}
