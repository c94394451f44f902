package org.coplan.service.exports;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coplan.domain.Dependency;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.domain.Roadmap;
import org.coplan.domain.RoadmapPlan;
import org.coplan.domain.WorkItem;
import org.coplan.service.port.PlanDatabase;

/** Reads one roadmap for export, in one transaction, so the file shows one consistent state of the plan. */
public final class PlanExport {

    private final PlanDatabase database;

    public PlanExport(PlanDatabase database) {
        this.database = database;
    }

    /**
     * @throws PlanRuleViolation when the roadmap does not exist
     */
    public RoadmapExport load(UUID roadmapId) {
        return database.read(store -> {
            Roadmap roadmap = store.roadmaps().find(roadmapId)
                    .orElseThrow(() -> PlanRuleViolation.of("rule.roadmap-unknown"));
            List<WorkItem> items = new RoadmapPlan(roadmap, store.workItems().findByRoadmap(roadmapId), List.of())
                    .outline();
            Set<UUID> ids = items.stream().map(WorkItem::id).collect(Collectors.toSet());
            // the roadmap's links by its successors (one indexed join), not by an IN list of every item id
            List<Dependency> links = items.isEmpty() ? List.of() : store.dependencies().findByRoadmap(roadmapId)
                    .stream().filter(link -> ids.contains(link.predecessorId())).toList();
            return new RoadmapExport(roadmap, items, links);
        });
    }
}
