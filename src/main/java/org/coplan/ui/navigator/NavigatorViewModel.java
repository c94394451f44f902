package org.coplan.ui.navigator;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.domain.Programme;
import org.coplan.domain.Roadmap;
import org.coplan.l10n.Messages;
import org.coplan.l10n.Problem;
import org.coplan.service.EditApplied;
import org.coplan.service.PlanEditor;
import org.coplan.service.ProgrammeCatalog;
import org.coplan.service.ProgrammeSummary;
import org.coplan.service.ReferenceData;
import org.coplan.service.RoadmapSummary;
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
import org.coplan.ui.navigator.NavigatorNode.ProgrammeNode;
import org.coplan.ui.navigator.NavigatorNode.RoadmapNode;

/**
 * The navigator's state: every programme with its roadmaps (read off the JavaFX thread), the two filters
 * and what they let through, the selected row, and the create, edit and delete actions. Each action is one
 * undoable edit through the {@link ProgrammeCatalog}; the list reloads itself after every edit that
 * changes programmes, roadmaps or item counts, wherever it was made (undo included).
 */
public final class NavigatorViewModel {

    private final ProgrammeCatalog catalog;
    private final PlanEditor editor;
    private final Messages messages;
    private final Notifier notifier;
    private final TaskRunner tasks;
    private final NavigatorDialogs dialogs;

    private final ObservableList<FilterChoice> stateChoices = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice> areaChoices = FXCollections.observableArrayList();
    private final ObjectProperty<FilterChoice> stateFilter = new SimpleObjectProperty<>(this, "stateFilter");
    private final ObjectProperty<FilterChoice> areaFilter = new SimpleObjectProperty<>(this, "areaFilter");
    private final ReadOnlyObjectWrapper<List<ProgrammeSummary>> everything =
            new ReadOnlyObjectWrapper<>(this, "everything", List.of());
    private final ObservableList<ProgrammeSummary> programmes = FXCollections.observableArrayList();
    private final ObservableList<ProgrammeSummary> shownProgrammes =
            FXCollections.unmodifiableObservableList(programmes);
    private final ObjectProperty<NavigatorNode> selectedNode = new SimpleObjectProperty<>(this, "selectedNode");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final BooleanBinding somethingSelected = selectedNode.isNotNull();
    private final BooleanBinding filtered = Bindings.createBooleanBinding(
            () -> !idIsAll(stateFilter.get()) || !idIsAll(areaFilter.get()), stateFilter, areaFilter);
    private final BooleanBinding roadmapSelected =
            Bindings.createBooleanBinding(() -> selectedNode.get() instanceof RoadmapNode, selectedNode);

    private final Consumer<EditApplied> onEdit = this::editApplied;
    private ReferenceData reference = new ReferenceData(List.of(), List.of(), List.of(), List.of());
    private UUID wantedSelection;
    private boolean refreshing;
    private boolean refreshAgain;
    private boolean filtering;

    public NavigatorViewModel(ProgrammeCatalog catalog, PlanEditor editor, Messages messages, Notifier notifier,
                              TaskRunner tasks, NavigatorDialogs dialogs) {
        this.catalog = catalog;
        this.editor = editor;
        this.messages = messages;
        this.notifier = notifier;
        this.tasks = tasks;
        this.dialogs = dialogs;
        stateChoices.setAll(allStates());
        areaChoices.setAll(allAreas());
        stateFilter.set(stateChoices.getFirst());
        areaFilter.set(areaChoices.getFirst());
        stateFilter.addListener((observable, before, after) -> filterChanged());
        areaFilter.addListener((observable, before, after) -> filterChanged());
        editor.addListener(onEdit);
    }

    /** Stops following edits (the window is closing). */
    public void dispose() {
        editor.removeListener(onEdit);
    }

    // ---- loading

    /** Reads the programmes and reference data again, off the JavaFX thread; selection is kept by id. */
    public void refresh() {
        if (refreshing) {
            // edits arrive in bursts (a paste, an undo of a delete): one more read after this one covers them
            refreshAgain = true;
            return;
        }
        refreshing = true;
        loading.set(true);
        tasks.run(() -> new Snapshot(editor.database().read(ReferenceData::load),
                        catalog.programmes(ProgrammeCatalog.Filter.ALL)),
                this::loaded, this::loadFailed);
    }

    private record Snapshot(ReferenceData reference, List<ProgrammeSummary> programmes) {
    }

    private void loaded(Snapshot snapshot) {
        finishLoading();
        reference = snapshot.reference();
        UUID keep = wantedSelection != null ? wantedSelection : selectedId();
        wantedSelection = null;
        everything.set(snapshot.programmes());
        filtering = true;
        try {
            rebuildFilterChoices();
        } finally {
            filtering = false;
        }
        applyFilter(keep);
        if (refreshAgain && keep != null && selectedNode.get() == null) {
            // read before the edit that made it: the next read will have it
            wantedSelection = keep;
        }
        loaded.set(true);
        if (refreshAgain) {
            refreshAgain = false;
            refresh();
        }
    }

    private void loadFailed(Throwable failure) {
        finishLoading();
        report(failure, messages.tr("ui.navigator.error.load-failed"));
        refreshAgain = false;
    }

    private void finishLoading() {
        refreshing = false;
        loading.set(false);
    }

    private void editApplied(EditApplied applied) {
        if (changesCatalog(applied.change())) {
            refresh();
        }
    }

    /** Whether an edit changes what the navigator shows: programmes, roadmaps, names or item counts. */
    static boolean changesCatalog(Edit edit) {
        return switch (edit) {
            case CompositeEdit composite -> composite.steps().stream().anyMatch(NavigatorViewModel::changesCatalog);
            case ProgrammeEdit _, RoadmapEdit _, ReferenceEdit _ -> true;
            case WorkItemEdit.Insert _, WorkItemEdit.Delete _ -> true;
            case WorkItemEdit.Update _, DependencyEdit _, BaselineEdit _ -> false;
        };
    }

    // ---- filtering

    private void filterChanged() {
        if (!filtering) {
            applyFilter(selectedId());
        }
    }

    private void applyFilter(UUID keep) {
        ProgrammeCatalog.Filter filter = new ProgrammeCatalog.Filter(idOf(stateFilter.get()), idOf(areaFilter.get()));
        programmes.setAll(everything.get().stream().filter(summary -> filter.accepts(summary.programme())).toList());
        selectedNode.set(keep == null ? null : nodeFor(keep).orElse(null));
    }

    private void rebuildFilterChoices() {
        UUID state = idOf(stateFilter.get());
        UUID area = idOf(areaFilter.get());
        List<FilterChoice> states = new ArrayList<>(allStates());
        states.addAll(sortedByLabel(reference.states().stream()
                .map(s -> new FilterChoice(s.id(), messages.tr("ui.navigator.filter.state-choice",
                        s.name().in(messages.locale()), s.isoCode())))
                .toList()));
        List<FilterChoice> areas = new ArrayList<>(allAreas());
        areas.addAll(sortedByLabel(reference.priorityAreas().stream()
                .map(a -> new FilterChoice(a.id(), a.name().in(messages.locale())))
                .toList()));
        stateChoices.setAll(states);
        areaChoices.setAll(areas);
        // a state or area deleted meanwhile falls back to "all"
        stateFilter.set(states.stream().filter(c -> Objects.equals(c.id(), state)).findFirst()
                .orElse(states.getFirst()));
        areaFilter.set(areas.stream().filter(c -> Objects.equals(c.id(), area)).findFirst()
                .orElse(areas.getFirst()));
    }

    private List<FilterChoice> sortedByLabel(List<FilterChoice> choices) {
        Collator collator = Collator.getInstance(messages.locale());
        return choices.stream().sorted(Comparator.comparing(FilterChoice::label, collator)).toList();
    }

    private List<FilterChoice> allStates() {
        return List.of(new FilterChoice(null, messages.tr("ui.navigator.filter.all-states")));
    }

    private List<FilterChoice> allAreas() {
        return List.of(new FilterChoice(null, messages.tr("ui.navigator.filter.all-areas")));
    }

    private static UUID idOf(FilterChoice choice) {
        return choice == null ? null : choice.id();
    }

    /** Shows every programme again. */
    public void clearFilters() {
        stateFilter.set(stateChoices.getFirst());
        areaFilter.set(areaChoices.getFirst());
    }

    // ---- selection and lookup

    /**
     * Selects the programme or roadmap with this id, now if it is shown, or once the programmes have been
     * read (the start-up reopens the last roadmap this way).
     */
    public void select(UUID id) {
        if (!loaded.get() || refreshing) {
            wantedSelection = id;
            return;
        }
        selectedNode.set(nodeFor(id).orElse(null));
    }

    /** The first roadmap of the first programme shown, for a start without a remembered roadmap. */
    public Optional<RoadmapNode> firstRoadmap() {
        for (ProgrammeSummary summary : programmes) {
            if (!summary.roadmaps().isEmpty()) {
                return Optional.of(new RoadmapNode(summary, summary.roadmaps().getFirst()));
            }
        }
        return Optional.empty();
    }

    /** Finds a roadmap among all programmes, filtered out or not (for the window title). */
    public Optional<RoadmapNode> findRoadmap(UUID roadmapId) {
        for (ProgrammeSummary summary : everything.get()) {
            for (RoadmapSummary roadmap : summary.roadmaps()) {
                if (roadmap.roadmap().id().equals(roadmapId)) {
                    return Optional.of(new RoadmapNode(summary, roadmap));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<NavigatorNode> nodeFor(UUID id) {
        for (ProgrammeSummary summary : programmes) {
            if (summary.programme().id().equals(id)) {
                return Optional.of(new ProgrammeNode(summary));
            }
            for (RoadmapSummary roadmap : summary.roadmaps()) {
                if (roadmap.roadmap().id().equals(id)) {
                    return Optional.of(new RoadmapNode(summary, roadmap));
                }
            }
        }
        return Optional.empty();
    }

    private UUID selectedId() {
        NavigatorNode node = selectedNode.get();
        return node == null ? null : node.id();
    }

    private Optional<Programme> targetProgramme() {
        NavigatorNode node = selectedNode.get();
        return node == null ? Optional.empty() : Optional.of(node.programme().programme());
    }

    // ---- actions

    public void newProgramme() {
        dialogs.newProgramme(reference).ifPresent(programme -> attempt(() -> {
            catalog.createProgramme(programme);
            selectAfterRefresh(programme.id());
        }));
    }

    /** A new roadmap in the selected programme (or the programme of the selected roadmap). */
    public void newRoadmap() {
        targetProgramme().ifPresent(programme -> dialogs.newRoadmap(reference, programme)
                .ifPresent(roadmap -> attempt(() -> {
                    Roadmap created = catalog.createRoadmap(programme.id(), roadmap.name(), roadmap.description(),
                            roadmap.calendarId(), roadmap.newItemsManual());
                    selectAfterRefresh(created.id());
                })));
    }

    public void editSelected() {
        switch (selectedNode.get()) {
            case null -> {
                // nothing selected: the button is disabled
            }
            case ProgrammeNode node -> dialogs.editProgramme(reference, node.programme().programme())
                    .ifPresent(after -> attempt(() -> catalog.updateProgramme(node.programme().programme(), after)));
            case RoadmapNode node -> dialogs.editRoadmap(reference, node.programme().programme(),
                            node.roadmap().roadmap())
                    .ifPresent(after -> attempt(() -> catalog.updateRoadmap(node.roadmap().roadmap(), after)));
        }
    }

    /** Edits the selected programme, or the programme of the selected roadmap (File menu). */
    public void editProgramme() {
        NavigatorNode node = selectedNode.get();
        if (node != null) {
            Programme before = node.programme().programme();
            dialogs.editProgramme(reference, before)
                    .ifPresent(after -> attempt(() -> catalog.updateProgramme(before, after)));
        }
    }

    /** Edits the selected roadmap (File menu); does nothing when a programme is selected. */
    public void editRoadmap() {
        if (selectedNode.get() instanceof RoadmapNode node) {
            dialogs.editRoadmap(reference, node.programme().programme(), node.roadmap().roadmap())
                    .ifPresent(after -> attempt(() -> catalog.updateRoadmap(node.roadmap().roadmap(), after)));
        }
    }

    /** Asks first, naming what goes with it, then deletes the selected programme or roadmap as one step. */
    public void deleteSelected() {
        NavigatorNode node = selectedNode.get();
        if (node == null || !dialogs.confirmDelete(deleteQuestion(node), messages.tr("ui.navigator.action.delete"))) {
            return;
        }
        switch (node) {
            case ProgrammeNode programme -> attempt(() -> catalog.deleteProgramme(programme.id()));
            case RoadmapNode roadmap -> {
                wantedSelection = roadmap.programme().programme().id();
                attempt(() -> catalog.deleteRoadmap(roadmap.id()));
            }
        }
    }

    /** "Delete programme "X" with 2 roadmaps and 57 work items?" and its roadmap counterpart. */
    public String deleteQuestion(NavigatorNode node) {
        return switch (node) {
            case ProgrammeNode programme -> messages.tr("ui.navigator.delete.programme-question",
                    programme.programme().programme().title(), programme.programme().roadmaps().size(),
                    programme.programme().roadmaps().stream().mapToLong(RoadmapSummary::itemCount).sum());
            case RoadmapNode roadmap -> messages.tr("ui.navigator.delete.roadmap-question",
                    roadmap.roadmap().roadmap().name(), roadmap.roadmap().itemCount());
        };
    }

    private void selectAfterRefresh(UUID id) {
        // the edit's listener has already asked for a refresh; the new row is selected once it is read
        if (refreshing) {
            wantedSelection = id;
        } else {
            select(id);
        }
    }

    private void attempt(Runnable change) {
        try {
            change.run();
        } catch (RuntimeException refused) {
            report(refused, messages.tr("ui.navigator.error.edit-failed"));
        }
    }

    private void report(Throwable failure, String unexpected) {
        switch (failure) {
            case PlanRuleViolation violation -> notifier.error(violation.problem());
            case DatabaseUnavailableException unavailable -> notifier.error(unavailable.problem());
            case StaleDataException stale -> notifier.error(Problem.tr("ui.navigator.error.stale"));
            default -> notifier.failure(unexpected, failure);
        }
    }

    // ---- texts for the rows

    /** The number beside a roadmap's name. */
    public String itemCount(RoadmapSummary roadmap) {
        return messages.tr("ui.navigator.roadmap.items", roadmap.itemCount());
    }

    /** The roadmap's name and what the number beside it means. */
    public String itemCountTooltip(RoadmapSummary roadmap) {
        return messages.tr("ui.navigator.roadmap.items-tooltip", roadmap.itemCount(), roadmap.roadmap().name());
    }

    // ---- properties

    public ObservableList<FilterChoice> stateChoices() {
        return stateChoices;
    }

    public ObservableList<FilterChoice> areaChoices() {
        return areaChoices;
    }

    /** The member state whose programmes are shown; the first choice means all. */
    public ObjectProperty<FilterChoice> stateFilterProperty() {
        return stateFilter;
    }

    public ObjectProperty<FilterChoice> areaFilterProperty() {
        return areaFilter;
    }

    /** The programmes the filters let through, by title, each with its roadmaps: what the tree shows. */
    public ObservableList<ProgrammeSummary> programmes() {
        return shownProgrammes;
    }

    /** Every programme, whatever the filters say. */
    public ReadOnlyObjectProperty<List<ProgrammeSummary>> everythingProperty() {
        return everything.getReadOnlyProperty();
    }

    /** The selected row; the tree and this property follow each other. */
    public ObjectProperty<NavigatorNode> selectedNodeProperty() {
        return selectedNode;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True once the programmes have been read at least once. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Whether Edit and Delete (and New roadmap) have something to act on. */
    public BooleanBinding somethingSelectedBinding() {
        return somethingSelected;
    }

    /** Whether a roadmap (not a programme) is selected. */
    public BooleanBinding roadmapSelectedBinding() {
        return roadmapSelected;
    }

    /** Whether the filters hide some programmes, for the "no match" placeholder and the clear button. */
    public BooleanBinding filteredBinding() {
        return filtered;
    }

    private static boolean idIsAll(FilterChoice choice) {
        return choice == null || choice.isAll();
    }

    public ReferenceData reference() {
        return reference;
    }
}
