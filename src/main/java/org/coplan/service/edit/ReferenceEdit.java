package org.coplan.service.edit;

import org.coplan.domain.RoadmapPlan;
import org.coplan.l10n.Problem;
import org.coplan.service.port.EntityRepository;
import org.coplan.service.port.PlanStore;

/**
 * Edits of reference data that work items point at: states, organizations, priority areas, calendars and
 * funding lines. {@code repository} picks the store's repository for the record's type.
 */
public sealed interface ReferenceEdit extends Edit {

    /** Which repository of a store holds a kind of reference record. */
    @FunctionalInterface
    interface Target<E> {
        EntityRepository<E> in(PlanStore store);
    }

    record Insert<E>(Target<E> target, E value, Problem label) implements ReferenceEdit {
        @Override
        public void applyTo(PlanStore store) {
            target.in(store).insert(value);
        }

        @Override
        public void applyTo(RoadmapPlan plan) {
            // reference data is reloaded by the views that show it
        }

        @Override
        public Edit inverse() {
            return new Delete<>(target, value, label);
        }
    }

    record Delete<E>(Target<E> target, E value, Problem label) implements ReferenceEdit {
        @Override
        public void applyTo(PlanStore store) {
            target.in(store).delete(value);
        }

        @Override
        public void applyTo(RoadmapPlan plan) {
            // see Insert
        }

        @Override
        public Edit inverse() {
            return new Insert<>(target, value, label);
        }
    }

    record Update<E>(Target<E> target, E before, E after, Problem label) implements ReferenceEdit {
        @Override
        public void applyTo(PlanStore store) {
            target.in(store).update(before, after);
        }

        @Override
        public void applyTo(RoadmapPlan plan) {
            // see Insert
        }

        @Override
        public Edit inverse() {
            return new Update<>(target, after, before, label);
        }
    }
}
