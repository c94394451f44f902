package org.coplan.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coplan.domain.Baseline;
import org.coplan.domain.Dependency;
import org.coplan.domain.FundingLine;
import org.coplan.domain.RoadmapPlan;
import org.coplan.domain.WorkItem;
import org.coplan.l10n.Messages;
import org.coplan.service.port.PlanDatabase;

/**
 * What a test compares before and after an edit: the stored items, links, funding and baselines (and every
 * table when the database is the in-memory fake) and the session's plan (items in outline order with their
 * WBS codes, and links).
 */
record PlanState(Map<String, Map<UUID, Object>> stored, List<WorkItem> outline, List<String> codes,
                 Set<Dependency> links, Set<WorkItem> storedItems, Set<Dependency> storedLinks,
                 Set<FundingLine> storedFunding, Set<Baseline> storedBaselines) {

    static PlanState of(RoadmapSession session) {
        RoadmapPlan plan = session.plan();
        Map<String, Map<UUID, Object>> stored = session.editor().database() instanceof InMemoryPlanDatabase fake
                ? fake.contents() : Map.of();
        UUID roadmapId = session.roadmap().id();
        PlanDatabase database = session.editor().database();
        return new PlanState(stored, plan.outline(), codes(plan), Set.copyOf(plan.dependencies()),
                Set.copyOf(database.read(s -> s.workItems().findByRoadmap(roadmapId))),
                Set.copyOf(database.read(s -> s.dependencies().findAll())),
                Set.copyOf(database.read(s -> s.funding().findAll())),
                Set.copyOf(database.read(s -> s.baselines().findAll())));
    }

    /** "1.2 Design" for every item in outline order. */
    static List<String> codes(RoadmapPlan plan) {
        return plan.outline().stream().map(item -> plan.wbs(item.id()) + " " + item.name()).toList();
    }

    /** The session's plan says what a freshly opened one would say: it mirrored every edit. */
    static void assertMirrorsStore(RoadmapSession session) {
        try (RoadmapSession fresh = RoadmapSession.open(session.editor(), session.roadmap().id(),
                Messages.english(), Clock.systemUTC())) {
            assertThat(codes(session.plan())).isEqualTo(codes(fresh.plan()));
            assertThat(session.plan().outline()).isEqualTo(fresh.plan().outline());
            assertThat(Set.copyOf(session.plan().dependencies())).isEqualTo(Set.copyOf(fresh.plan().dependencies()));
        }
    }
}
