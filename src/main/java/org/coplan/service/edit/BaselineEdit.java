package org.coplan.service.edit;

import java.util.Objects;
import java.util.UUID;
import org.coplan.domain.Baseline;
import org.coplan.domain.RoadmapPlan;
import org.coplan.l10n.Problem;
import org.coplan.service.port.PlanStore;

/**
 * Saving a roadmap's baseline into a slot (new, or overwriting the one there) and clearing a slot. A
 * baseline is not part of the {@link RoadmapPlan}: views that show it follow these edits themselves.
 */
public sealed interface BaselineEdit extends Edit {

    /** The roadmap whose baselines change. */
    UUID roadmapId();

    /** The slot that changes, 0 to 10. */
    int slot();

    /**
     * Stores {@code saved}; when {@code replaced} is not {@code null} it is the baseline that was in the slot,
     * overwritten in place (same id), so that undo puts back its very entries.
     */
    record Save(Baseline replaced, Baseline saved, Problem label) implements BaselineEdit {

        public Save {
            Objects.requireNonNull(saved, "saved");
            if (replaced != null && (!replaced.id().equals(saved.id()) || replaced.slot() != saved.slot())) {
                throw new IllegalArgumentException("an overwrite keeps the baseline's id and slot");
            }
        }

        @Override
        public UUID roadmapId() {
            return saved.roadmapId();
        }

        @Override
        public int slot() {
            return saved.slot();
        }

        @Override
        public void applyTo(PlanStore store) {
            if (replaced == null) {
                store.baselines().insert(saved);
            } else {
                store.baselines().update(replaced, saved);
            }
        }

        @Override
        public void applyTo(RoadmapPlan plan) {
            // see the interface: a plan holds no baselines
        }

        @Override
        public Edit inverse() {
            return replaced == null ? new Clear(saved, label) : new Save(saved, replaced, label);
        }
    }

    /** Empties the slot that holds {@code cleared}. */
    record Clear(Baseline cleared, Problem label) implements BaselineEdit {

        public Clear {
            Objects.requireNonNull(cleared, "cleared");
        }

        @Override
        public UUID roadmapId() {
            return cleared.roadmapId();
        }

        @Override
        public int slot() {
            return cleared.slot();
        }

        @Override
        public void applyTo(PlanStore store) {
            store.baselines().delete(cleared);
        }

        @Override
        public void applyTo(RoadmapPlan plan) {
            // see the interface
        }

        @Override
        public Edit inverse() {
            return new Save(null, cleared, label);
        }
    }
}
