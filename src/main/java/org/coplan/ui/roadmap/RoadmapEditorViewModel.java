package org.coplan.ui.roadmap;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.domain.RoadmapPlan;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.l10n.Messages;
import org.coplan.l10n.Problem;
import org.coplan.service.CopiedRows;
import org.coplan.service.EditApplied;
import org.coplan.service.PlanEditor;
import org.coplan.service.RoadmapSession;
import org.coplan.service.baseline.Baselines;
import org.coplan.service.edit.BaselineEdit;
import org.coplan.service.edit.CompositeEdit;
import org.coplan.service.edit.DependencyEdit;
import org.coplan.service.edit.Edit;
import org.coplan.service.edit.ProgrammeEdit;
import org.coplan.service.edit.ReferenceEdit;
import org.coplan.service.edit.RoadmapEdit;
import org.coplan.service.edit.WorkItemEdit;
import org.coplan.service.port.DatabaseUnavailableException;
import org.coplan.service.port.StaleDataException;
import org.coplan.ui.common.Notifier;
import org.coplan.ui.common.TaskRunner;

/**
 * The roadmap editor's state and actions: the open {@link RoadmapSession}, the selected rows, undo and
 * redo, and the outline actions of the tree (insert, delete, indent, move, copy and paste). The view binds
 * to the properties and calls one method per key or menu item; field edits go through {@link #edits()}.
 *
 * <p>Edits run on the calling (JavaFX) thread: each is one short transaction, and the session's in-memory
 * plan, which the tree reads while it paints, must only change on that thread. Loading a roadmap, which
 * reads every row, runs through the {@link TaskRunner}.
 */
public final class RoadmapEditorViewModel {

    private final PlanEditor editor;
    private final Messages messages;
    private final Notifier notifier;
    private final TaskRunner tasks;
    private final ItemText text;
    private final ItemEdits edits;
    private final ComparedBaseline comparedBaseline;

    private final ReadOnlyObjectWrapper<RoadmapSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<ReferenceChoices> choices = new ReadOnlyObjectWrapper<>(this, "choices");
    private final ObjectProperty<WorkItem> selectedItem = new SimpleObjectProperty<>(this, "selectedItem");
    private final ObservableList<UUID> selection = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText");
    private final ReadOnlyBooleanWrapper canPaste = new ReadOnlyBooleanWrapper(this, "canPaste");
    private final BooleanProperty showCritical = new SimpleBooleanProperty(this, "showCritical", false);
    private final BooleanProperty showBaseline = new SimpleBooleanProperty(this, "showBaseline", false);
    private final BooleanProperty showSlack = new SimpleBooleanProperty(this, "showSlack", false);
    private final ObjectProperty<RowGrouping> grouping = new SimpleObjectProperty<>(this, "grouping", RowGrouping.WBS);
    private final ObjectProperty<BarColouring> colouring =
            new SimpleObjectProperty<>(this, "colouring", BarColouring.KIND);

    private final Consumer<EditApplied> onPlanChanged = this::planChanged;
    private final List<Consumer<EditApplied>> changeListeners = new CopyOnWriteArrayList<>();
    // counts open requests, so that a roadmap that finishes loading after another was asked for is dropped
    private long openRequests;
    private CopiedRows copied;
    private boolean syncingSelection;

    public RoadmapEditorViewModel(PlanEditor editor, Messages messages, Notifier notifier, TaskRunner tasks) {
        this.editor = editor;
        this.messages = messages;
        this.notifier = notifier;
        this.tasks = tasks;
        this.text = new ItemText(messages);
        this.edits = new ItemEdits(this, text);
        this.comparedBaseline = new ComparedBaseline(this, new Baselines(editor, Clock.systemDefaultZone()), messages,
                notifier, tasks);
        // a baseline just compared is shown on the chart; without one there is nothing to show
        comparedBaseline.baselineProperty().addListener((observable, old, compared) -> {
            if ((old == null) != (compared == null)) {
                showBaseline.set(compared != null);
            }
        });
        // the history is the editor's, shared with every roadmap and dialog, so it is followed from here
        editor.addListener(applied -> updateHistory());
        selection.addListener((ListChangeListener<UUID>) change -> selectionChanged());
        selectedItem.addListener((observable, old, item) -> selectedItemChanged(item));
        updateHistory();
        title.set(messages.tr("ui.roadmap.title.none"));
    }

    // ---- opening and closing

    /** Loads the roadmap off the JavaFX thread; the session appears when it is ready. */
    public void open(UUID roadmapId) {
        close();
        long request = openRequests;
        loading.set(true);
        title.set(messages.tr("ui.roadmap.title.loading"));
        tasks.run(() -> RoadmapSession.open(editor, roadmapId, messages, Clock.systemDefaultZone()),
                opened -> opened(request, opened),
                failure -> openFailed(request, failure));
    }

    private void opened(long request, RoadmapSession opened) {
        if (request != openRequests) {
            opened.close();
            return;
        }
        loading.set(false);
        opened.addListener(onPlanChanged);
        choices.set(new ReferenceChoices(opened.reference(), text));
        session.set(opened);
        title.set(opened.roadmap().name());
        // as in MS Project, the first row is selected, so Insert and the property sheet work at once; in
        // swimlanes that is the first lane's first item, so the rows open at the top
        List<WorkItem> top = groups(grouping.get()).map(lanes -> lanes.lanes(opened.plan()))
                .filter(lanes -> !lanes.isEmpty()).map(lanes -> lanes.getFirst().items())
                .orElseGet(() -> opened.plan().children(null));
        if (selection.isEmpty() && !top.isEmpty()) {
            select(List.of(top.getFirst().id()));
        }
    }

    private void openFailed(long request, Throwable failure) {
        if (request != openRequests) {
            return;
        }
        loading.set(false);
        title.set(messages.tr("ui.roadmap.title.none"));
        switch (failure) {
            case PlanRuleViolation violation -> notifier.error(violation.problem());
            case DatabaseUnavailableException unavailable -> notifier.error(unavailable.problem());
            default -> notifier.failure(messages.tr("ui.roadmap.error.open-failed"), failure);
        }
    }

    /** Closes the open roadmap (if any); the tree empties. */
    public void close() {
        openRequests++;
        loading.set(false);
        RoadmapSession open = session.get();
        if (open != null) {
            open.removeListener(onPlanChanged);
            open.close();
            selection.clear();
            selectedItem.set(null);
            session.set(null);
            choices.set(null);
            title.set(messages.tr("ui.roadmap.title.none"));
        }
    }

    // ---- field edits and error handling

    /** Changes of single fields, for the tree's cells and the property sheet. */
    public ItemEdits edits() {
        return edits;
    }

    public ItemText text() {
        return text;
    }

    /** The baseline the open roadmap is compared with, and each row's variance. */
    public ComparedBaseline comparedBaseline() {
        return comparedBaseline;
    }

    /** Whether the Gantt chart marks the engine's critical path; off until the user turns it on. */
    public BooleanProperty showCriticalProperty() {
        return showCritical;
    }

    /** Whether the Gantt chart draws the compared baseline's bars; turned on when a baseline is compared. */
    public BooleanProperty showBaselineProperty() {
        return showBaseline;
    }

    /** Whether the Gantt chart draws slack bars from each bar's finish to its late finish. */
    public BooleanProperty showSlackProperty() {
        return showSlack;
    }

    /** How the tree and the chart arrange the rows: the outline, or swimlanes by lead state or priority area. */
    public ObjectProperty<RowGrouping> groupingProperty() {
        return grouping;
    }

    /** What the colours of the Gantt chart's bars say. */
    public ObjectProperty<BarColouring> colouringProperty() {
        return colouring;
    }

    /**
     * The lanes and colours of the open roadmap by lead state or by priority area, or empty when no roadmap is
     * open (the reference lists come with it).
     */
    Optional<ItemGroups> groups(RowGrouping by) {
        ReferenceChoices reference = choices.get();
        if (reference == null) {
            return Optional.empty();
        }
        return switch (by) {
            case WBS -> Optional.empty();
            case LEAD_STATE -> Optional.of(ItemGroups.byLeadState(reference, messages));
            case PRIORITY_AREA -> Optional.of(ItemGroups.byPriorityArea(reference, messages));
        };
    }

    /**
     * The new milestone of the Gantt chart's "Add milestone here": above {@code at} (at the end of the top
     * level when null), on {@code day}, as one undoable step; it becomes the selection.
     */
    public void insertMilestoneOn(UUID at, java.time.LocalDate day) {
        performFor(open -> open.insertMilestoneOn(at, day)).ifPresent(item -> select(List.of(item.id())));
    }

    /**
     * MS Project's Link Tasks (Ctrl+F2): each selected row, top to bottom, becomes the finish-to-start
     * predecessor of the next selected one. Two selected rows make one undoable step.
     */
    public void linkSelected() {
        List<UUID> ids = List.copyOf(selection);
        if (ids.size() < 2) {
            return;
        }
        perform(open -> {
            for (int i = 0; i + 1 < ids.size(); i++) {
                open.link(ids.get(i), ids.get(i + 1), org.coplan.domain.DependencyType.FS, 0,
                        org.coplan.domain.LagUnit.WORKING);
            }
        });
    }

    /**
     * Runs one change of the open roadmap. A refusal (a broken rule, a row changed elsewhere, a database
     * that went away) is shown to the user and changes nothing. Returns whether the change went through;
     * false as well when no roadmap is open.
     */
    public boolean perform(Consumer<RoadmapSession> change) {
        return performFor(open -> {
            change.accept(open);
            return Boolean.TRUE;
        }).isPresent();
    }

    /** As {@link #perform}, with the change's result. */
    public <T> Optional<T> performFor(Function<RoadmapSession, T> change) {
        RoadmapSession open = session.get();
        if (open == null) {
            return Optional.empty();
        }
        return reportingFailures(() -> change.apply(open));
    }

    /** Runs an edit; a refusal or failure becomes a message to the user, and the result is empty. */
    private <T> Optional<T> reportingFailures(Supplier<T> edit) {
        try {
            return Optional.ofNullable(edit.get());
        } catch (PlanRuleViolation violation) {
            notifier.error(violation.problem());
        } catch (DatabaseUnavailableException unavailable) {
            notifier.error(unavailable.problem());
        } catch (StaleDataException stale) {
            notifier.error(Problem.tr("ui.roadmap.error.stale"));
        } catch (RuntimeException unexpected) {
            notifier.failure(messages.tr("ui.roadmap.error.edit-failed"), unexpected);
        }
        return Optional.empty();
    }

    // ---- outline actions

    /** Insert key: a new activity above the selected row (at the end when nothing is selected). */
    public void insertItem() {
        insert(WorkItemKind.ACTIVITY);
    }

    public void insertMilestone() {
        insert(WorkItemKind.MILESTONE);
    }

    private void insert(WorkItemKind kind) {
        UUID at = leadId();
        performFor(open -> open.insertItem(at, kind)).ifPresent(item -> select(List.of(item.id())));
    }

    /**
     * The question to ask before deleting the selection, when rows other than the selected ones would go
     * too (their sub-items); empty when the selected rows can go without asking.
     */
    public Optional<String> deleteConfirmation() {
        RoadmapSession open = session.get();
        List<UUID> ids = List.copyOf(selection);
        if (open == null || ids.isEmpty()) {
            return Optional.empty();
        }
        List<UUID> roots = topMost(open.plan(), ids);
        int subItems = open.countWithDescendants(ids) - roots.size();
        if (subItems <= 0) {
            return Optional.empty();
        }
        if (roots.size() == 1) {
            return Optional.of(messages.tr("ui.roadmap.delete.confirm-one", open.label(roots.getFirst()), subItems));
        }
        return Optional.of(messages.tr("ui.roadmap.delete.confirm-many", roots.size(), subItems));
    }

    /** Deletes the selected rows with their branches, without asking (the view asks first). */
    public void deleteSelected() {
        List<UUID> ids = List.copyOf(selection);
        if (!ids.isEmpty()) {
            perform(open -> open.delete(ids));
        }
    }

    public void indentSelected() {
        outline(RoadmapSession::indent);
    }

    public void outdentSelected() {
        outline(RoadmapSession::outdent);
    }

    public void moveSelectedUp() {
        outline(RoadmapSession::moveUp);
    }

    public void moveSelectedDown() {
        outline(RoadmapSession::moveDown);
    }

    private void outline(BiConsumer<RoadmapSession, List<UUID>> action) {
        List<UUID> ids = List.copyOf(selection);
        if (!ids.isEmpty() && perform(open -> action.accept(open, ids))) {
            // the rows moved: the same rows stay selected at their new places
            select(ids);
        }
    }

    public void copySelected() {
        List<UUID> ids = List.copyOf(selection);
        if (ids.isEmpty()) {
            return;
        }
        performFor(open -> open.copy(ids)).ifPresent(rows -> {
            copied = rows;
            canPaste.set(!rows.isEmpty());
            notifier.info(messages.tr("ui.roadmap.status.copied", rows.items().size()));
        });
    }

    /** Pastes the copied rows above the selected row and selects the pasted ones. */
    public void pasteAfterSelected() {
        if (copied == null || copied.isEmpty()) {
            notifier.info(messages.tr("ui.roadmap.status.nothing-to-paste"));
            return;
        }
        CopiedRows rows = copied;
        UUID at = leadId();
        performFor(open -> open.paste(rows, at)).ifPresent(pasted -> {
            Set<UUID> ids = new LinkedHashSet<>();
            pasted.forEach(item -> ids.add(item.id()));
            select(pasted.stream().filter(item -> item.parentId() == null || !ids.contains(item.parentId()))
                    .map(WorkItem::id).toList());
        });
    }

    // ---- undo and redo

    public void undo() {
        history(editor::undo);
    }

    public void redo() {
        history(editor::redo);
    }

    private void history(Runnable step) {
        reportingFailures(() -> {
            step.run();
            return Boolean.TRUE;
        });
        updateHistory();
    }

    private void updateHistory() {
        canUndo.set(editor.canUndo());
        canRedo.set(editor.canRedo());
        undoText.set(editor.undoLabel().map(label -> messages.tr("ui.roadmap.action.undo-named", messages.text(label)))
                .orElseGet(() -> messages.tr("ui.roadmap.action.undo")));
        redoText.set(editor.redoLabel().map(label -> messages.tr("ui.roadmap.action.redo-named", messages.text(label)))
                .orElseGet(() -> messages.tr("ui.roadmap.action.redo")));
    }

    // ---- keeping in step with the plan

    /**
     * Told after every edit the open roadmap's plan mirrors, before the selection is adjusted: the view
     * updates its rows here, so that the rows to select exist when the selection changes.
     */
    public void addChangeListener(Consumer<EditApplied> listener) {
        changeListeners.add(listener);
    }

    public void removeChangeListener(Consumer<EditApplied> listener) {
        changeListeners.remove(listener);
    }

    private void planChanged(EditApplied applied) {
        RoadmapSession open = session.get();
        if (open == null) {
            return;
        }
        if (applied.change() instanceof RoadmapEdit.Update update && update.after().id().equals(open.roadmap().id())) {
            title.set(update.after().name());
        }
        if (touchesReference(applied.change())) {
            choices.set(new ReferenceChoices(open.reference(), text));
        }
        changeListeners.forEach(listener -> listener.accept(applied));
        RoadmapPlan plan = open.plan();
        if (applied.cause() != EditApplied.Cause.DONE) {
            // after undo or redo, show the rows it brought back or changed
            List<UUID> touched = rowsOf(applied.change(), plan);
            if (!touched.isEmpty()) {
                select(touched);
                return;
            }
        }
        List<UUID> remaining = selection.stream().filter(id -> plan.find(id).isPresent()).toList();
        if (remaining.size() != selection.size()) {
            select(remaining);
        } else {
            refreshSelectedItem();
        }
    }

    private static boolean touchesReference(Edit edit) {
        return switch (edit) {
            case CompositeEdit composite ->
                    composite.steps().stream().anyMatch(RoadmapEditorViewModel::touchesReference);
            case ReferenceEdit _ -> true;
            case WorkItemEdit _, DependencyEdit _, ProgrammeEdit _, RoadmapEdit _, BaselineEdit _ -> false;
        };
    }

    /**
     * The rows an edit put back, moved or changed, for the selection after undo and redo: inserted branches
     * by their top rows; when rows moved, only those (not the parents that became phases on the way).
     */
    static List<UUID> rowsOf(Edit edit, RoadmapPlan plan) {
        Set<UUID> moved = new LinkedHashSet<>();
        Set<UUID> changed = new LinkedHashSet<>();
        collectRows(edit, moved, changed);
        Set<UUID> rows = moved.isEmpty() ? changed : moved;
        List<UUID> present = rows.stream().filter(id -> plan.find(id).isPresent()).toList();
        return present.isEmpty() ? present : topMost(plan, present);
    }

    private static void collectRows(Edit edit, Set<UUID> moved, Set<UUID> changed) {
        switch (edit) {
            case CompositeEdit composite -> composite.steps().forEach(step -> collectRows(step, moved, changed));
            case WorkItemEdit.Insert insert -> insert.items().forEach(item -> moved.add(item.id()));
            case WorkItemEdit.Update update -> {
                boolean placeChanged = !update.before().siblingScope().equals(update.after().siblingScope())
                        || !update.before().sortKey().equals(update.after().sortKey());
                (placeChanged ? moved : changed).add(update.after().id());
            }
            case WorkItemEdit.Delete _ -> {
                // the rows are gone; the selection moves to the row that took their place
            }
            case DependencyEdit.Insert insert -> changed.add(insert.dependency().successorId());
            case DependencyEdit.Delete delete -> changed.add(delete.dependency().successorId());
            case DependencyEdit.Update update -> changed.add(update.after().successorId());
            case ProgrammeEdit _, RoadmapEdit _, ReferenceEdit _, BaselineEdit _ -> {
                // not rows of a roadmap
            }
        }
    }

    private static List<UUID> topMost(RoadmapPlan plan, List<UUID> ids) {
        Set<UUID> chosen = new LinkedHashSet<>(ids);
        List<UUID> roots = new ArrayList<>();
        for (UUID id : chosen) {
            boolean inside = false;
            for (UUID parent = plan.item(id).parentId(); parent != null && !inside;
                 parent = plan.item(parent).parentId()) {
                inside = chosen.contains(parent);
            }
            if (!inside) {
                roots.add(id);
            }
        }
        roots.sort(Comparator.comparingInt(plan::outlineNumber));
        return roots;
    }

    // ---- selection

    /**
     * The selected rows, top to bottom; the view mirrors its tree's selection here and follows changes
     * made by the actions (the inserted row, the pasted rows).
     */
    public ObservableList<UUID> selection() {
        return selection;
    }

    /** Selects exactly these rows; the first one becomes the {@linkplain #selectedItemProperty selected item}. */
    public void select(List<UUID> ids) {
        selection.setAll(ids);
    }

    private UUID leadId() {
        WorkItem lead = selectedItem.get();
        if (lead != null) {
            return lead.id();
        }
        return selection.isEmpty() ? null : selection.getFirst();
    }

    private void selectionChanged() {
        if (syncingSelection) {
            return;
        }
        refreshSelectedItem();
    }

    private void refreshSelectedItem() {
        RoadmapSession open = session.get();
        WorkItem lead = null;
        if (open != null && !selection.isEmpty()) {
            WorkItem current = selectedItem.get();
            UUID leadId = current != null && selection.contains(current.id()) ? current.id() : selection.getFirst();
            lead = open.plan().find(leadId).orElse(null);
        }
        syncingSelection = true;
        try {
            selectedItem.set(lead);
        } finally {
            syncingSelection = false;
        }
    }

    private void selectedItemChanged(WorkItem item) {
        if (syncingSelection) {
            return;
        }
        // set from outside (a navigator link, a search): that row alone becomes the selection
        syncingSelection = true;
        try {
            if (item == null) {
                selection.clear();
            } else if (!selection.contains(item.id())) {
                selection.setAll(item.id());
            }
        } finally {
            syncingSelection = false;
        }
    }

    // ---- properties

    public ReadOnlyObjectProperty<RoadmapSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /** The lookups and choice lists of the open roadmap's states, organizations and priority areas. */
    public ReadOnlyObjectProperty<ReferenceChoices> choicesProperty() {
        return choices.getReadOnlyProperty();
    }

    /** The row the property sheet shows: the first selected row, as its current record. */
    public ObjectProperty<WorkItem> selectedItemProperty() {
        return selectedItem;
    }

    /** The open roadmap's name, for the window title and the tab. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** True while a roadmap is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo Rename 'Design'", or plain "Undo" when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** True once rows have been copied. */
    public ReadOnlyBooleanProperty canPasteProperty() {
        return canPaste.getReadOnlyProperty();
    }
}
