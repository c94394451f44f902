package org.coplan.service.edit;

import java.util.ArrayList;
import org.coplan.domain.Roadmap;
import org.coplan.domain.RoadmapPlan;
import org.coplan.domain.WorkItem;
import org.coplan.l10n.Problem;
import org.coplan.service.port.PlanStore;

/** Creating, changing and deleting whole roadmaps. */
public sealed interface RoadmapEdit extends Edit {

    record Insert(RoadmapContent content, Problem label) implements RoadmapEdit {
        @Override
        public void applyTo(PlanStore store) {
            store.roadmaps().insert(content.roadmap());
            store.workItems().insertAll(content.items());
            store.dependencies().insertAll(content.links());
            store.baselines().insertAll(content.baselines());
            store.funding().insertAll(content.funding());
        }

        @Override
        public void applyTo(RoadmapPlan plan) {
            // a roadmap's own plan is loaded when it is opened; other roadmaps' plans gain only links
            if (!plan.roadmap().id().equals(content.roadmap().id())) {
                content.links().forEach(plan::putDependency);
            }
        }

        @Override
        public Edit inverse() {
            return new Delete(content, label);
        }
    }

    record Delete(RoadmapContent content, Problem label) implements RoadmapEdit {
        @Override
        public void applyTo(PlanStore store) {
            content.funding().forEach(store.funding()::delete);
            content.baselines().forEach(store.baselines()::delete);
            content.links().forEach(store.dependencies()::delete);
            for (WorkItem item : new ArrayList<>(content.items()).reversed()) {
                store.workItems().delete(item);
            }
            store.roadmaps().delete(content.roadmap());
        }

        @Override
        public void applyTo(RoadmapPlan plan) {
            content.links().forEach(link -> plan.removeDependency(link.id()));
        }

        @Override
        public Edit inverse() {
            return new Insert(content, label);
        }
    }

    record Update(Roadmap before, Roadmap after, Problem label) implements RoadmapEdit {
        @Override
        public void applyTo(PlanStore store) {
            store.roadmaps().update(before, after);
        }

        @Override
        public void applyTo(RoadmapPlan plan) {
            // the roadmap record itself is read from the navigator, not from the plan
        }

        @Override
        public Edit inverse() {
            return new Update(after, before, label);
        }
    }
}
