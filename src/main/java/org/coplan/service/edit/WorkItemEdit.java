package org.coplan.service.edit;

import java.util.ArrayList;
import java.util.List;
import org.coplan.domain.Dependency;
import org.coplan.domain.RoadmapPlan;
import org.coplan.domain.WorkItem;
import org.coplan.l10n.Problem;
import org.coplan.service.port.PlanStore;

/** Edits of work items: insert rows (with their links), delete rows (with their links), change one row. */
public sealed interface WorkItemEdit extends Edit {

    /**
     * Inserts items, parents before children, then the links among or to them. The inverse of a delete,
     * so undoing a delete restores the very same ids.
     */
    record Insert(List<WorkItem> items, List<Dependency> links, Problem label) implements WorkItemEdit {

        public Insert {
            items = List.copyOf(items);
            links = List.copyOf(links);
        }

        @Override
        public void applyTo(PlanStore store) {
            store.workItems().insertAll(items);
            store.dependencies().insertAll(links);
        }

        @Override
        public void applyTo(RoadmapPlan plan) {
            for (WorkItem item : items) {
                if (item.roadmapId().equals(plan.roadmap().id())) {
                    plan.put(item);
                }
            }
            links.forEach(plan::putDependency);
        }

        @Override
        public Edit inverse() {
            return new Delete(items, links, label);
        }
    }

    /** Deletes the links, then the items children first; {@code items} is in outline order, parents first. */
    record Delete(List<WorkItem> items, List<Dependency> links, Problem label) implements WorkItemEdit {

        public Delete {
            items = List.copyOf(items);
            links = List.copyOf(links);
        }

        @Override
        public void applyTo(PlanStore store) {
            links.forEach(store.dependencies()::delete);
            childrenFirst().forEach(store.workItems()::delete);
        }

        @Override
        public void applyTo(RoadmapPlan plan) {
            links.forEach(link -> plan.removeDependency(link.id()));
            childrenFirst().forEach(item -> plan.remove(item.id()));
        }

        private List<WorkItem> childrenFirst() {
            return new ArrayList<>(items).reversed();
        }

        @Override
        public Edit inverse() {
            return new Insert(items, links, label);
        }
    }

    /** Changes one item from {@code before} to {@code after}: fields, place in the tree, or both. */
    record Update(WorkItem before, WorkItem after, Problem label) implements WorkItemEdit {

        public Update {
            if (!before.id().equals(after.id())) {
                throw new IllegalArgumentException("an update keeps the item's id");
            }
        }

        @Override
        public void applyTo(PlanStore store) {
            store.workItems().update(before, after);
        }

        @Override
        public void applyTo(RoadmapPlan plan) {
            if (after.roadmapId().equals(plan.roadmap().id())) {
                plan.put(after);
            }
        }

        @Override
        public Edit inverse() {
            return new Update(after, before, label);
        }
    }
}
