package org.coplan.report;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** How many milestones are in each status. */
public record StatusCounts(Map<MilestoneStatus, Integer> byStatus) {

    public StatusCounts {
        EnumMap<MilestoneStatus, Integer> all = new EnumMap<>(MilestoneStatus.class);
        for (MilestoneStatus status : MilestoneStatus.values()) {
            all.put(status, byStatus.getOrDefault(status, 0));
        }
        byStatus = java.util.Collections.unmodifiableMap(all);
    }

    public static StatusCounts of(Collection<MilestoneRow> rows) {
        Map<MilestoneStatus, Integer> counts = new EnumMap<>(MilestoneStatus.class);
        rows.forEach(row -> counts.merge(row.status(), 1, Integer::sum));
        return new StatusCounts(counts);
    }

    public int of(MilestoneStatus status) {
        return byStatus.get(status);
    }

    public int total() {
        return byStatus.values().stream().mapToInt(Integer::intValue).sum();
    }
}
