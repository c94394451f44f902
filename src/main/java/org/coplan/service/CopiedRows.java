package org.coplan.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coplan.domain.Dependency;
import org.coplan.domain.WorkItem;

/**
 * Rows on the clipboard: whole branches in outline order (parents first) and the links whose both ends
 * were copied. Values, not references: pasting works after the originals were changed or deleted.
 */
public record CopiedRows(List<WorkItem> items, List<Dependency> links) {

    public CopiedRows {
        items = List.copyOf(items);
        links = List.copyOf(links);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** The copied rows that were not inside another copied row: they land side by side when pasted. */
    public List<WorkItem> roots() {
        Set<UUID> ids = new HashSet<>();
        items.forEach(item -> ids.add(item.id()));
        return items.stream().filter(item -> item.parentId() == null || !ids.contains(item.parentId())).toList();
    }
}
