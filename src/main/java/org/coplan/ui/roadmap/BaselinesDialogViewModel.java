package org.coplan.ui.roadmap;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.coplan.domain.Baseline;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.l10n.Messages;
import org.coplan.l10n.Problem;
import org.coplan.service.EditApplied;
import org.coplan.service.RoadmapSession;
import org.coplan.service.edit.BaselineEdit;
import org.coplan.service.edit.CompositeEdit;
import org.coplan.service.edit.Edit;
import org.coplan.service.edit.ReferenceEdit;
import org.coplan.service.port.DatabaseUnavailableException;
import org.coplan.service.port.StaleDataException;
import org.coplan.ui.common.Notifier;

/**
 * The Baselines dialog of the open roadmap: its eleven slots with what each holds, and the actions on the
 * selected slot (save the current dates into it, clear it, compare with it). Saving over a saved baseline
 * and clearing one need the user's yes, which the view asks with {@link #overwriteQuestion()} and
 * {@link #clearQuestion()} first. A refused action leaves its reason in {@link #errorProperty()}.
 */
public final class BaselinesDialogViewModel {

    /** One slot as the dialog lists it; texts are empty for an empty slot. */
    public record SlotRow(int slot, String slotName, String name, String takenOn, String items, boolean saved,
                          boolean compared) {
    }

    private final RoadmapEditorViewModel editor;
    private final ComparedBaseline compared;
    private final Messages messages;
    private final Notifier notifier;
    private final ItemText text;
    private final ObservableList<SlotRow> slots = FXCollections.observableArrayList();
    private final ObjectProperty<SlotRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ReadOnlyStringWrapper comparedText = new ReadOnlyStringWrapper(this, "comparedText", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ChangeListener<Number> comparedSlotChanged = (observable, old, slot) -> reload();
    /** Undo and redo of a save or clear come from the editor's menu, not through this dialog. */
    private final Consumer<EditApplied> planChanged = applied -> {
        if (changesBaselines(applied.change())) {
            reload();
        }
    };
    private List<Baseline> saved = List.of();

    public BaselinesDialogViewModel(RoadmapEditorViewModel editor, Messages messages, Notifier notifier) {
        this.editor = editor;
        this.compared = editor.comparedBaseline();
        this.messages = messages;
        this.notifier = notifier;
        this.text = editor.text();
        selected.addListener((observable, old, row) -> selectionChanged(row));
        compared.slotProperty().addListener(comparedSlotChanged);
        editor.addChangeListener(planChanged);
        reload();
        select(compared.slotProperty().get());
    }

    /** Stops following the compared slot and the edits; called when the dialog closes. */
    public void dispose() {
        compared.slotProperty().removeListener(comparedSlotChanged);
        editor.removeChangeListener(planChanged);
    }

    /** A save or clear (done, undone or redone), or rows deleted, which trims every baseline's entries. */
    private static boolean changesBaselines(Edit edit) {
        return switch (edit) {
            case CompositeEdit composite -> composite.steps().stream().anyMatch(BaselinesDialogViewModel::changesBaselines);
            case BaselineEdit _ -> true;
            case ReferenceEdit.Update<?> update -> update.after() instanceof Baseline;
            default -> false;
        };
    }

    /** "Baselines of "Action plan"". */
    public String heading() {
        RoadmapSession session = editor.sessionProperty().get();
        return session == null ? messages.tr("ui.baseline.dialog.title")
                : messages.tr("ui.baseline.dialog.header", session.roadmap().name());
    }

    /** Reads the slots again, keeping the selected one. */
    public void reload() {
        RoadmapSession session = editor.sessionProperty().get();
        saved = session == null ? List.of() : compared.baselines().list(session.roadmap().id());
        int keep = selected.get() == null ? -1 : selected.get().slot();
        int comparedSlot = compared.slotProperty().get();
        slots.setAll(IntStream.range(0, Baseline.SLOTS)
                .mapToObj(slot -> row(slot, inSlot(slot), slot == comparedSlot)).toList());
        comparedText.set(messages.tr("ui.baseline.dialog.compared-with", compared.slotName(comparedSlot)));
        if (keep >= 0) {
            select(keep);
        }
    }

    private SlotRow row(int slot, Optional<Baseline> baseline, boolean isCompared) {
        return baseline.map(found -> new SlotRow(slot, compared.slotName(slot), found.name(), text.date(found.takenOn()),
                        Integer.toString(found.entries().size()), true, isCompared))
                .orElseGet(() -> new SlotRow(slot, compared.slotName(slot), "", "", "", false, isCompared));
    }

    private Optional<Baseline> inSlot(int slot) {
        return saved.stream().filter(baseline -> baseline.slot() == slot).findFirst();
    }

    public void select(int slot) {
        selected.set(slots.get(slot));
    }

    private void selectionChanged(SlotRow row) {
        error.set("");
        if (row != null) {
            // a saved slot offers its name again, an empty one its own
            name.set(row.saved() ? row.name() : row.slotName());
        }
    }

    // ---- actions

    /** The question to ask before saving into the selected slot; empty when the slot is empty. */
    public Optional<String> overwriteQuestion() {
        return selectedBaseline().map(baseline -> messages.tr("ui.baseline.overwrite.question",
                compared.slotName(baseline.slot()), baseline.name(), text.date(baseline.takenOn())));
    }

    public String overwriteHeader() {
        return messages.tr("ui.baseline.overwrite.header", selectedName());
    }

    /**
     * Saves the current dates into the selected slot under {@link #nameProperty()}, overwriting what is there
     * (the view has asked). True when it was saved.
     */
    public boolean save() {
        SlotRow row = selected.get();
        RoadmapSession session = editor.sessionProperty().get();
        if (row == null || session == null) {
            return false;
        }
        String typed = name.get();
        boolean done = run(() -> compared.baselines().save(session.plan(), row.slot(), typed, row.saved()));
        if (done) {
            reload();
            notifier.info(messages.tr("ui.baseline.status.saved", row.slotName(), typed.strip()));
        }
        return done;
    }

    /** The question to ask before clearing the selected slot; empty when there is nothing to clear. */
    public Optional<String> clearQuestion() {
        return selectedBaseline().map(baseline -> messages.tr("ui.baseline.clear.question", baseline.name(),
                text.date(baseline.takenOn())));
    }

    public String clearHeader() {
        return messages.tr("ui.baseline.clear.header", selectedName());
    }

    public void clear() {
        SlotRow row = selected.get();
        RoadmapSession session = editor.sessionProperty().get();
        if (row == null || session == null || !row.saved()) {
            return;
        }
        if (run(() -> compared.baselines().clear(session.roadmap().id(), row.slot()))) {
            reload();
            notifier.info(messages.tr("ui.baseline.status.cleared", row.slotName()));
        }
    }

    /** Measures variance against the selected slot from now on. */
    public void compareWithSelected() {
        SlotRow row = selected.get();
        if (row != null) {
            compared.compareWith(row.slot());
        }
    }

    private boolean run(Runnable action) {
        error.set("");
        try {
            action.run();
            return true;
        } catch (PlanRuleViolation violation) {
            error.set(messages.text(violation.problem()));
        } catch (DatabaseUnavailableException unavailable) {
            error.set(messages.text(unavailable.problem()));
        } catch (StaleDataException stale) {
            error.set(messages.text(Problem.tr("ui.roadmap.error.stale")));
        } catch (RuntimeException unexpected) {
            notifier.failure(messages.tr("ui.roadmap.error.edit-failed"), unexpected);
        }
        return false;
    }

    private Optional<Baseline> selectedBaseline() {
        SlotRow row = selected.get();
        return row == null ? Optional.empty() : inSlot(row.slot());
    }

    private String selectedName() {
        SlotRow row = selected.get();
        return row == null ? "" : row.slotName();
    }

    // ---- properties

    /** The eleven slots, 0 to 10. */
    public ObservableList<SlotRow> slots() {
        return slots;
    }

    public ObjectProperty<SlotRow> selectedProperty() {
        return selected;
    }

    /** The name the next save gives the baseline. */
    public StringProperty nameProperty() {
        return name;
    }

    /** "Variance is measured against: Baseline 2". */
    public ReadOnlyStringProperty comparedTextProperty() {
        return comparedText.getReadOnlyProperty();
    }

    /** Why the last action was refused; empty when it went through. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding canSaveBinding() {
        return selected.isNotNull().and(name.isNotEmpty());
    }

    public BooleanBinding canClearBinding() {
        return Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().saved(), selected);
    }

    public BooleanBinding canCompareBinding() {
        return Bindings.createBooleanBinding(() -> selected.get() != null && !selected.get().compared(), selected);
    }
}
