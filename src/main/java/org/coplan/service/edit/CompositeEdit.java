package org.coplan.service.edit;

import java.util.ArrayList;
import java.util.List;
import org.coplan.domain.RoadmapPlan;
import org.coplan.domain.WorkItem;
import org.coplan.l10n.Problem;
import org.coplan.service.port.PlanStore;

/** Several edits that the user made as one action (indent five rows, paste, delete a branch): one undo step. */
public record CompositeEdit(List<Edit> steps, Problem label) implements Edit {

    public CompositeEdit {
        steps = List.copyOf(steps);
    }

    /**
     * Applies the steps in order; a run of item updates (a reschedule's shifted items, thousands after one
     * drag) goes to the store as one {@code updateAll}, which writes the same rows and log in batches.
     */
    @Override
    public void applyTo(PlanStore store) {
        List<WorkItem> before = new ArrayList<>();
        List<WorkItem> after = new ArrayList<>();
        for (Edit step : steps) {
            if (step instanceof WorkItemEdit.Update update) {
                before.add(update.before());
                after.add(update.after());
                continue;
            }
            updateAll(store, before, after);
            step.applyTo(store);
        }
        updateAll(store, before, after);
    }

    private static void updateAll(PlanStore store, List<WorkItem> before, List<WorkItem> after) {
        if (!before.isEmpty()) {
            store.workItems().updateAll(List.copyOf(before), List.copyOf(after));
            before.clear();
            after.clear();
        }
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
