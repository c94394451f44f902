package org.coplan.ui.roadmap;

import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.coplan.domain.Baseline;
import org.coplan.domain.WorkItem;
import org.coplan.l10n.Messages;
import org.coplan.service.EditApplied;
import org.coplan.service.RoadmapSession;
import org.coplan.service.baseline.Baselines;
import org.coplan.service.baseline.ItemVariance;
import org.coplan.service.baseline.VarianceTable;
import org.coplan.service.edit.BaselineEdit;
import org.coplan.service.edit.CompositeEdit;
import org.coplan.service.edit.DependencyEdit;
import org.coplan.service.edit.Edit;
import org.coplan.service.edit.ProgrammeEdit;
import org.coplan.service.edit.ReferenceEdit;
import org.coplan.service.edit.RoadmapEdit;
import org.coplan.service.edit.WorkItemEdit;
import org.coplan.ui.common.Notifier;
import org.coplan.ui.common.TaskRunner;

/**
 * The baseline the open roadmap is compared with, and each row's variance against it, for the tree's
 * baseline columns and the property sheet. Follows the roadmap editor: a newly opened roadmap loads its
 * chosen baseline, a save or clear of that slot (or its undo) takes effect at once, and a change of the
 * outline rebuilds the summaries' rolled-up baseline dates the next time a row asks. {@link #revisionProperty}
 * changes whenever what the rows show may have changed without their items changing.
 */
public final class ComparedBaseline {

    private final RoadmapEditorViewModel editor;
    private final Baselines baselines;
    private final Messages messages;
    private final Notifier notifier;
    private final TaskRunner tasks;
    private final ItemText text;
    private final ReadOnlyIntegerWrapper slot =
            new ReadOnlyIntegerWrapper(this, "slot", Baselines.DEFAULT_COMPARED_SLOT);
    private final ReadOnlyObjectWrapper<Baseline> baseline = new ReadOnlyObjectWrapper<>(this, "baseline");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private VarianceTable table;
    // counts loads, so that a load that finishes after another roadmap was opened is dropped
    private long loads;

    ComparedBaseline(RoadmapEditorViewModel editor, Baselines baselines, Messages messages, Notifier notifier,
                     TaskRunner tasks) {
        this.editor = editor;
        this.baselines = baselines;
        this.messages = messages;
        this.notifier = notifier;
        this.tasks = tasks;
        this.text = editor.text();
        editor.sessionProperty().addListener((observable, old, session) -> sessionChanged(session));
        editor.addChangeListener(this::planChanged);
    }

    /** Saving, clearing and choosing baselines of any roadmap. */
    public Baselines baselines() {
        return baselines;
    }

    /** "Baseline", "Baseline 1" … "Baseline 10", as MS Project names its slots. */
    public String slotName(int number) {
        return number == 0 ? messages.tr("ui.baseline.slot.zero") : messages.tr("ui.baseline.slot.numbered", number);
    }

    /** Measures the open roadmap's variance against this slot from now on (also after a restart). */
    public void compareWith(int number) {
        RoadmapSession session = editor.sessionProperty().get();
        if (session == null) {
            return;
        }
        long load = ++loads;
        tasks.run(() -> baselines.compareWith(session.roadmap().id(), number),
                compared -> {
                    if (load == loads) {
                        show(compared);
                        notifier.info(messages.tr("ui.baseline.status.compared", slotName(number)));
                    }
                },
                failure -> notifier.failure(messages.tr("ui.baseline.error.load-failed"), failure));
    }

    // ---- what the rows show

    /** The row against the compared baseline; empty without one, or for a row added since it was saved. */
    public Optional<ItemVariance> variance(WorkItem item) {
        RoadmapSession session = editor.sessionProperty().get();
        if (session == null || baseline.get() == null || session.plan().find(item.id()).isEmpty()) {
            return Optional.empty();
        }
        if (table == null) {
            table = VarianceTable.of(session.plan(), baseline.get(), row -> session.workingTime(row.id()));
        }
        return table.variance(item);
    }

    public String baselineStart(WorkItem item) {
        return variance(item).map(found -> text.date(found.baselineStart())).orElse("");
    }

    public String baselineFinish(WorkItem item) {
        return variance(item).map(found -> text.date(found.baselineFinish())).orElse("");
    }

    public String startVariance(WorkItem item) {
        return variance(item).map(found -> days(found.startDays())).orElse("");
    }

    public String finishVariance(WorkItem item) {
        return variance(item).map(found -> days(found.finishDays())).orElse("");
    }

    /** "+3d" late, "−2d" early (a real minus sign), "0d" on time. */
    public String days(int variance) {
        if (variance > 0) {
            return messages.tr("ui.roadmap.value.variance-late", variance);
        }
        if (variance < 0) {
            return messages.tr("ui.roadmap.value.variance-early", -variance);
        }
        return messages.tr("ui.roadmap.value.variance-zero");
    }

    // ---- properties

    /** The compared slot, 0 to 10; it may be empty. */
    public ReadOnlyIntegerProperty slotProperty() {
        return slot.getReadOnlyProperty();
    }

    /** The baseline in the compared slot, or null when the slot is empty or no roadmap is open. */
    public ReadOnlyObjectProperty<Baseline> baselineProperty() {
        return baseline.getReadOnlyProperty();
    }

    /** Changes when the rows' baseline values may have changed: repaint them. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    // ---- keeping in step

    private void sessionChanged(RoadmapSession session) {
        long load = ++loads;
        show(new Baselines.Compared(Baselines.DEFAULT_COMPARED_SLOT, Optional.empty()));
        if (session == null) {
            return;
        }
        tasks.run(() -> baselines.compared(session.roadmap().id()),
                compared -> {
                    if (load == loads) {
                        show(compared);
                    }
                },
                failure -> notifier.failure(messages.tr("ui.baseline.error.load-failed"), failure));
    }

    private void show(Baselines.Compared compared) {
        slot.set(compared.slot());
        baseline.set(compared.baseline().orElse(null));
        invalidate();
    }

    private void invalidate() {
        table = null;
        revision.set(revision.get() + 1);
    }

    private void planChanged(EditApplied applied) {
        RoadmapSession session = editor.sessionProperty().get();
        if (session == null) {
            return;
        }
        if (follow(applied.change(), session) || changesOutline(applied.change())) {
            invalidate();
        }
    }

    /** Takes over a save or clear of the compared slot; true when it was one. */
    private boolean follow(Edit edit, RoadmapSession session) {
        return switch (edit) {
            case CompositeEdit composite -> {
                boolean followed = false;
                for (Edit step : composite.steps()) {
                    followed |= follow(step, session);
                }
                yield followed;
            }
            case BaselineEdit change when change.roadmapId().equals(session.roadmap().id())
                    && change.slot() == slot.get() -> {
                baseline.set(change instanceof BaselineEdit.Save save ? save.saved() : null);
                yield true;
            }
            // deleting rows trims their entries from every baseline, and undo puts them back
            case ReferenceEdit.Update<?> update when update.after() instanceof Baseline trimmed
                    && trimmed.roadmapId().equals(session.roadmap().id()) && trimmed.slot() == slot.get() -> {
                baseline.set(trimmed);
                yield true;
            }
            case BaselineEdit _, WorkItemEdit _, DependencyEdit _, ProgrammeEdit _, RoadmapEdit _, ReferenceEdit _ ->
                    false;
        };
    }

    /**
     * Whether rows came, went or moved, which changes what summaries roll up. A date edit does not: the
     * variance is counted from the row's current item each time.
     */
    static boolean changesOutline(Edit edit) {
        return switch (edit) {
            case CompositeEdit composite -> composite.steps().stream().anyMatch(ComparedBaseline::changesOutline);
            case WorkItemEdit.Insert _, WorkItemEdit.Delete _ -> true;
            case WorkItemEdit.Update update -> !update.before().siblingScope().equals(update.after().siblingScope());
            // a calendar or a lead state's calendar changed: the counts change with it
            case ReferenceEdit _ -> true;
            case BaselineEdit _, DependencyEdit _, ProgrammeEdit _, RoadmapEdit _ -> false;
        };
    }
}
