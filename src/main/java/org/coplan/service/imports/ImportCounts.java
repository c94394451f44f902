package org.coplan.service.imports;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coplan.domain.Dependency;
import org.coplan.domain.DependencyType;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;

/**
 * What an import brings in: all items (summaries included), how many are summaries (they have children) and
 * milestones (flagged, or leaves lasting zero days, as MS Project shows them), links by type and links whose lag
 * is not zero.
 */
public record ImportCounts(int items, int summaries, int milestones, Map<DependencyType, Integer> links,
                           int linksWithLag) {

    public ImportCounts {
        EnumMap<DependencyType, Integer> all = new EnumMap<>(DependencyType.class);
        for (DependencyType type : DependencyType.values()) {
            all.put(type, links.getOrDefault(type, 0));
        }
        links = Map.copyOf(all);
    }

    public int links(DependencyType type) {
        return links.get(type);
    }

    public int totalLinks() {
        return links.values().stream().mapToInt(Integer::intValue).sum();
    }

    static ImportCounts of(List<ImportedItem> items, List<ImportedLink> links) {
        Set<String> parents = new HashSet<>();
        items.forEach(item -> {
            if (item.parentSourceId() != null) {
                parents.add(item.parentSourceId());
            }
        });
        int summaries = 0;
        int milestones = 0;
        for (ImportedItem item : items) {
            boolean summary = parents.contains(item.sourceId());
            summaries += summary ? 1 : 0;
            milestones += !summary && (item.milestone() || item.durationDays() == 0) ? 1 : 0;
        }
        Map<DependencyType, Integer> byType = new EnumMap<>(DependencyType.class);
        int withLag = 0;
        for (ImportedLink link : links) {
            byType.merge(link.type(), 1, Integer::sum);
            withLag += link.lagDays() != 0 ? 1 : 0;
        }
        return new ImportCounts(items.size(), summaries, milestones, byType, withLag);
    }

    /** The same counts over what was stored: the kinds there are the ones the import decided. */
    static ImportCounts ofStored(List<WorkItem> items, List<Dependency> links) {
        int summaries = (int) items.stream().filter(item -> item.kind() == WorkItemKind.PHASE).count();
        int milestones = (int) items.stream().filter(WorkItem::isMilestone).count();
        Map<DependencyType, Integer> byType = new EnumMap<>(DependencyType.class);
        links.forEach(link -> byType.merge(link.type(), 1, Integer::sum));
        int withLag = (int) links.stream().filter(link -> link.lagDays() != 0).count();
        return new ImportCounts(items.size(), summaries, milestones, byType, withLag);
    }
}
