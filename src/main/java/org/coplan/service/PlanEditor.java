package org.coplan.service;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.coplan.l10n.Problem;
import org.coplan.service.edit.Edit;
import org.coplan.service.port.PlanDatabase;

/**
 * Applies edits: each in one transaction, committed before the call returns, then recorded for undo and
 * announced to listeners. An edit the database refuses changes nothing and leaves the history as it was.
 */
public final class PlanEditor {

    private final PlanDatabase database;
    private final UndoHistory history;
    private final List<Consumer<EditApplied>> listeners = new CopyOnWriteArrayList<>();

    public PlanEditor(PlanDatabase database, UndoHistory history) {
        this.database = database;
        this.history = history;
    }

    public PlanDatabase database() {
        return database;
    }

    public void execute(Edit edit) {
        database.writeVoid(edit::applyTo);
        history.recordDone(edit);
        announce(new EditApplied(edit, EditApplied.Cause.DONE));
    }

    public boolean canUndo() {
        return history.nextUndo().isPresent();
    }

    public boolean canRedo() {
        return history.nextRedo().isPresent();
    }

    /** What the next undo would revert, for the menu item's text. */
    public Optional<Problem> undoLabel() {
        return history.nextUndo().map(Edit::label);
    }

    public Optional<Problem> redoLabel() {
        return history.nextRedo().map(Edit::label);
    }

    /** Reverts the last edit; does nothing when there is none. */
    public void undo() {
        Optional<Edit> last = history.nextUndo();
        if (last.isEmpty()) {
            return;
        }
        Edit inverse = last.get().inverse();
        database.writeVoid(inverse::applyTo);
        history.recordUndone();
        announce(new EditApplied(inverse, EditApplied.Cause.UNDONE));
    }

    public void redo() {
        Optional<Edit> next = history.nextRedo();
        if (next.isEmpty()) {
            return;
        }
        Edit edit = next.get();
        database.writeVoid(edit::applyTo);
        history.recordRedone();
        announce(new EditApplied(edit, EditApplied.Cause.REDONE));
    }

    public void addListener(Consumer<EditApplied> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<EditApplied> listener) {
        listeners.remove(listener);
    }

    private void announce(EditApplied applied) {
        listeners.forEach(listener -> listener.accept(applied));
    }
}
