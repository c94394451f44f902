package org.coplan.service.edit;

import org.coplan.domain.Dependency;
import org.coplan.domain.RoadmapPlan;
import org.coplan.l10n.Problem;
import org.coplan.service.port.PlanStore;

/** Edits of links between work items. */
public sealed interface DependencyEdit extends Edit {

    record Insert(Dependency dependency, Problem label) implements DependencyEdit {
        @Override
        public void applyTo(PlanStore store) {
            store.dependencies().insert(dependency);
        }

        @Override
        public void applyTo(RoadmapPlan plan) {
            plan.putDependency(dependency);
        }

        @Override
        public Edit inverse() {
            return new Delete(dependency, label);
        }
    }

    record Delete(Dependency dependency, Problem label) implements DependencyEdit {
        @Override
        public void applyTo(PlanStore store) {
            store.dependencies().delete(dependency);
        }

        @Override
        public void applyTo(RoadmapPlan plan) {
            plan.removeDependency(dependency.id());
        }

        @Override
        public Edit inverse() {
            return new Insert(dependency, label);
        }
    }

    record Update(Dependency before, Dependency after, Problem label) implements DependencyEdit {
        @Override
        public void applyTo(PlanStore store) {
            store.dependencies().update(before, after);
        }

        @Override
        public void applyTo(RoadmapPlan plan) {
            plan.putDependency(after);
        }

        @Override
        public Edit inverse() {
            return new Update(after, before, label);
        }
    }
}
