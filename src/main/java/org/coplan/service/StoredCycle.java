package org.coplan.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.domain.Roadmap;
import org.coplan.domain.RoadmapPlan;
import org.coplan.domain.WorkItem;
import org.coplan.scheduling.ScheduleCycleException;
import org.coplan.service.port.PlanStore;

/**
 * A loop found in stored links (written by an older version, an import or by hand), which Coplan can only
 * report: named item by item as "Roadmap: 1.2 Design", since it may run through several roadmaps.
 */
final class StoredCycle {

    private StoredCycle() {
    }

    static PlanRuleViolation refusal(PlanStore store, ScheduleCycleException cycle) {
        Map<UUID, RoadmapPlan> plans = new HashMap<>();
        String names = cycle.cycle().stream().map(id -> name(store, id, plans)).collect(Collectors.joining(" → "));
        return PlanRuleViolation.of("rule.stored-cycle", names);
    }

    private static String name(PlanStore store, UUID id, Map<UUID, RoadmapPlan> plans) {
        return store.workItems().find(id).map(item -> {
            RoadmapPlan plan = plans.computeIfAbsent(item.roadmapId(), roadmapId -> {
                Roadmap roadmap = store.roadmaps().find(roadmapId).orElseThrow();
                List<WorkItem> items = store.workItems().findByRoadmap(roadmapId);
                return new RoadmapPlan(roadmap, items, List.of());
            });
            return plan.roadmap().name() + ": " + plan.wbs(id) + " " + item.name();
        }).orElse(id.toString());
    }
}
