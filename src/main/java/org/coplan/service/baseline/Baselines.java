package org.coplan.service.baseline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.domain.Baseline;
import org.coplan.domain.BaselineEntry;
import org.coplan.domain.Ids;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.domain.RoadmapPlan;
import org.coplan.domain.WorkItem;
import org.coplan.l10n.Problem;
import org.coplan.service.PlanEditor;
import org.coplan.service.edit.BaselineEdit;
import org.coplan.service.port.PlanStore;

/**
 * A roadmap's baselines as MS Project keeps them: eleven slots ("Baseline", "Baseline 1" … "Baseline 10"),
 * each a named, dated copy of every item's start, finish and duration. Saving and clearing are undoable
 * edits; which slot the variance is measured against is a setting of the plan database, like MS Project's
 * per-project choice, and is not an undo step.
 */
public final class Baselines {

    /** Compared with when nothing was chosen: MS Project's variance fields read "Baseline". */
    public static final int DEFAULT_COMPARED_SLOT = 0;

    private static final String COMPARED_SETTING = "baseline.compared.";

    private final PlanEditor editor;
    private final Clock clock;

    public Baselines(PlanEditor editor, Clock clock) {
        this.editor = editor;
        this.clock = clock;
    }

    /** The roadmap's saved baselines by slot (empty slots are absent). */
    public List<Baseline> list(UUID roadmapId) {
        return editor.database().read(store -> store.baselines().findByRoadmap(roadmapId));
    }

    /** The baseline in a slot; a save into that slot would overwrite it. */
    public Optional<Baseline> find(UUID roadmapId, int slot) {
        requireSlot(slot);
        return editor.database().read(store -> inSlot(store, roadmapId, slot));
    }

    /**
     * Saves the plan's current dates, every item's, into the slot, dated today. A slot that holds a baseline
     * is overwritten only when {@code overwrite} says so (the user confirmed it); otherwise the save is
     * refused, so that a baseline is never lost by accident. One undo step.
     */
    public Baseline save(RoadmapPlan plan, int slot, String name, boolean overwrite) {
        requireSlot(slot);
        UUID roadmapId = plan.roadmap().id();
        Optional<Baseline> occupant = find(roadmapId, slot);
        if (occupant.isPresent() && !overwrite) {
            throw PlanRuleViolation.of("rule.baseline-slot-occupied", occupant.get().name());
        }
        List<BaselineEntry> entries = new ArrayList<>(plan.size());
        for (WorkItem item : plan.items()) {
            entries.add(new BaselineEntry(item.id(), item.start(), item.finish(), item.durationDays()));
        }
        // in the order the repository reads them back, so the saved record equals the stored one
        entries.sort(Comparator.comparing(BaselineEntry::workItemId));
        UUID id = occupant.map(Baseline::id).orElseGet(() -> Ids.newId(clock));
        Baseline saved = new Baseline(id, roadmapId, slot, name, LocalDate.now(clock), entries);
        editor.execute(new BaselineEdit.Save(occupant.orElse(null), saved,
                Problem.tr("edit.save-baseline", saved.name())));
        return saved;
    }

    /** Empties the slot; does nothing when it is empty. One undo step. */
    public void clear(UUID roadmapId, int slot) {
        find(roadmapId, slot).ifPresent(baseline ->
                editor.execute(new BaselineEdit.Clear(baseline, Problem.tr("edit.clear-baseline", baseline.name()))));
    }

    /** The slot the roadmap's variance is measured against; it may be empty. */
    public int comparedSlot(UUID roadmapId) {
        return editor.database().read(store -> comparedSlot(store, roadmapId));
    }

    /** The chosen slot and the baseline in it, read together. */
    public Compared compared(UUID roadmapId) {
        return editor.database().read(store -> {
            int slot = comparedSlot(store, roadmapId);
            return new Compared(slot, inSlot(store, roadmapId, slot));
        });
    }

    /** Measures the roadmap's variance against this slot from now on, also after a restart. */
    public Compared compareWith(UUID roadmapId, int slot) {
        requireSlot(slot);
        return editor.database().write(store -> {
            storeComparedSlot(store, roadmapId, slot);
            return new Compared(slot, inSlot(store, roadmapId, slot));
        });
    }

    /** For loaders that write a whole plan in one transaction (the sample). */
    public static void storeComparedSlot(PlanStore store, UUID roadmapId, int slot) {
        requireSlot(slot);
        store.settings().put(COMPARED_SETTING + roadmapId, Integer.toString(slot));
    }

    /** A chosen slot and what it holds. */
    public record Compared(int slot, Optional<Baseline> baseline) {
    }

    /** The slot the roadmap is compared with, read inside the caller's transaction (reports). */
    public static int comparedSlot(PlanStore store, UUID roadmapId) {
        return store.settings().get(COMPARED_SETTING + roadmapId).map(Baselines::parseSlot)
                .orElse(DEFAULT_COMPARED_SLOT);
    }

    // a value this version cannot read (edited by hand, written by a later one) falls back to the default
    private static int parseSlot(String text) {
        try {
            int slot = Integer.parseInt(text.strip());
            return slot >= 0 && slot < Baseline.SLOTS ? slot : DEFAULT_COMPARED_SLOT;
        } catch (NumberFormatException unreadable) {
            return DEFAULT_COMPARED_SLOT;
        }
    }

    private static Optional<Baseline> inSlot(PlanStore store, UUID roadmapId, int slot) {
        return store.baselines().findBySlot(roadmapId, slot);
    }

    private static void requireSlot(int slot) {
        if (slot < 0 || slot >= Baseline.SLOTS) {
            throw PlanRuleViolation.of("rule.baseline-slot", slot, Baseline.SLOTS - 1);
        }
    }
}
