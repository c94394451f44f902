package org.coplan.service.edit;

import java.util.List;
import org.coplan.domain.FundingLine;
import org.coplan.domain.Programme;
import org.coplan.domain.RoadmapPlan;
import org.coplan.l10n.Problem;
import org.coplan.service.port.PlanStore;

/**
 * Creating, changing and deleting programmes. Deleting a programme that has roadmaps is a
 * {@link CompositeEdit} of roadmap deletes followed by this one.
 */
public sealed interface ProgrammeEdit extends Edit {

    record Insert(Programme programme, List<FundingLine> funding, Problem label) implements ProgrammeEdit {
        public Insert {
            funding = List.copyOf(funding);
        }

        @Override
        public void applyTo(PlanStore store) {
            store.programmes().insert(programme);
            store.funding().insertAll(funding);
        }

        @Override
        public void applyTo(RoadmapPlan plan) {
            // programmes are shown by the navigator, which reloads them
        }

        @Override
        public Edit inverse() {
            return new Delete(programme, funding, label);
        }
    }

    record Delete(Programme programme, List<FundingLine> funding, Problem label) implements ProgrammeEdit {
        public Delete {
            funding = List.copyOf(funding);
        }

        @Override
        public void applyTo(PlanStore store) {
            funding.forEach(store.funding()::delete);
            store.programmes().delete(programme);
        }

        @Override
        public void applyTo(RoadmapPlan plan) {
            // see Insert
        }

        @Override
        public Edit inverse() {
            return new Insert(programme, funding, label);
        }
    }

    record Update(Programme before, Programme after, Problem label) implements ProgrammeEdit {
        @Override
        public void applyTo(PlanStore store) {
            store.programmes().update(before, after);
        }

        @Override
        public void applyTo(RoadmapPlan plan) {
            // see Insert
        }

        @Override
        public Edit inverse() {
            return new Update(after, before, label);
        }
    }
}
