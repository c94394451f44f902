package org.coplan.service.edit;

import java.util.ArrayList;
import java.util.List;
import org.coplan.domain.RoadmapPlan;
import org.coplan.l10n.Problem;
import org.coplan.service.port.PlanStore;

/** Several edits that the user made as one action (indent five rows, paste, delete a branch): one undo step. */
public record CompositeEdit(List<Edit> steps, Problem label) implements Edit {

    public CompositeEdit {
        steps = List.copyOf(steps);
    }

    @Override
    public void applyTo(PlanStore store) {
        steps.forEach(step -> step.applyTo(store));
    }

    @Override
    public void applyTo(RoadmapPlan plan) {
        steps.forEach(step -> step.applyTo(plan));
    }

    @Override
    public Edit inverse() {
        List<Edit> inverses = new ArrayList<>(steps.size());
        for (int i = steps.size() - 1; i >= 0; i--) {
            inverses.add(steps.get(i).inverse());
        }
        return new CompositeEdit(inverses, label);
    }
}
