package org.coplan.ui.main;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.coplan.l10n.Messages;
import org.coplan.service.EditApplied;
import org.coplan.service.PlanCounts;
import org.coplan.service.PlanEditor;
import org.coplan.service.PlanStatistics;
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
import org.coplan.ui.navigator.NavigatorNode;
import org.coplan.ui.navigator.NavigatorViewModel;
import org.coplan.ui.roadmap.RoadmapEditorViewModel;

/**
 * The main window's own state: which roadmap is open (the navigator's choice, or the one remembered from
 * last time), the window title naming it and its programme, and the status bar's counts and database. The
 * menus' actions go to the navigator's and the editor's view models; this one only adds what spans both.
 */
public final class MainWindowViewModel {

    private final Messages messages;
    private final PlanEditor editor;
    private final PlanStatistics statistics;
    private final NavigatorViewModel navigator;
    private final RoadmapEditorViewModel roadmapEditor;
    private final Notifier notifier;
    private final TaskRunner tasks;
    private final BiPredicate<String, String> confirmDelete;

    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(this, "windowTitle");
    private final ReadOnlyStringWrapper countsText = new ReadOnlyStringWrapper(this, "countsText", "");
    private final ReadOnlyStringWrapper databaseText = new ReadOnlyStringWrapper(this, "databaseText", "");
    private final ReadOnlyObjectWrapper<UUID> openRoadmap = new ReadOnlyObjectWrapper<>(this, "openRoadmap");
    private final Consumer<EditApplied> onEdit = this::editApplied;
    private UUID remembered;
    private boolean started;
    private boolean counting;
    private boolean countAgain;

    /**
     * @param confirmDelete asks the user (question, confirming button's text) before rows go with their
     *                      sub-items; true to go ahead
     */
    public MainWindowViewModel(Messages messages, PlanEditor editor, PlanStatistics statistics,
                               NavigatorViewModel navigator, RoadmapEditorViewModel roadmapEditor, Notifier notifier,
                               TaskRunner tasks, BiPredicate<String, String> confirmDelete) {
        this.messages = messages;
        this.editor = editor;
        this.statistics = statistics;
        this.navigator = navigator;
        this.roadmapEditor = roadmapEditor;
        this.notifier = notifier;
        this.tasks = tasks;
        this.confirmDelete = confirmDelete;
        Path location = editor.database().location();
        databaseText.set(location == null ? messages.tr("ui.main.status.in-memory") : location.toString());
        windowTitle.set(messages.tr("ui.main.title.none"));
        navigator.selectedNodeProperty().addListener((observable, before, node) -> navigatorSelected(node));
        navigator.loadedProperty().addListener((observable, was, is) -> {
            if (is) {
                openFirstRoadmap();
            }
        });
        navigator.everythingProperty().addListener((observable, before, after) -> catalogChanged());
        editor.addListener(onEdit);
    }

    /**
     * Reads the programmes and counts, then opens {@code lastRoadmap} if it still exists, or else the first
     * roadmap of the first programme.
     */
    public void start(Optional<UUID> lastRoadmap) {
        remembered = lastRoadmap.orElse(null);
        started = false;
        navigator.refresh();
        if (navigator.loadedProperty().get()) {
            // read before: the roadmap can be chosen now, and the navigator selects it once read again
            openFirstRoadmap();
        }
        refreshCounts();
    }

    public void dispose() {
        editor.removeListener(onEdit);
        navigator.dispose();
        roadmapEditor.close();
    }

    private void openFirstRoadmap() {
        if (started) {
            return;
        }
        started = true;
        Optional<UUID> first = Optional.ofNullable(remembered)
                .filter(id -> navigator.findRoadmap(id).isPresent())
                .or(() -> navigator.firstRoadmap().map(NavigatorNode::id));
        remembered = null;
        first.ifPresent(navigator::select);
    }

    private void catalogChanged() {
        UUID open = openRoadmap.get();
        if (open != null && navigator.findRoadmap(open).isEmpty()) {
            // deleted, here or by undoing its creation
            closeRoadmap();
        }
        updateTitle();
    }

    private void navigatorSelected(NavigatorNode node) {
        if (node instanceof NavigatorNode.RoadmapNode roadmap) {
            open(roadmap.id());
        }
    }

    /** Opens the roadmap in the editor, unless it is already open. */
    public void open(UUID roadmapId) {
        if (roadmapId.equals(openRoadmap.get())) {
            return;
        }
        openRoadmap.set(roadmapId);
        roadmapEditor.open(roadmapId);
        updateTitle();
    }

    private void closeRoadmap() {
        roadmapEditor.close();
        openRoadmap.set(null);
    }

    private void updateTitle() {
        UUID open = openRoadmap.get();
        windowTitle.set(Optional.ofNullable(open).flatMap(navigator::findRoadmap)
                .map(node -> messages.tr("ui.main.title.roadmap", node.roadmap().roadmap().name(),
                        node.programme().programme().title()))
                .orElseGet(() -> messages.tr("ui.main.title.none")));
    }

    // ---- counts

    private void editApplied(EditApplied applied) {
        if (changesCounts(applied.change())) {
            refreshCounts();
        }
    }

    static boolean changesCounts(Edit edit) {
        return switch (edit) {
            case CompositeEdit composite -> composite.steps().stream().anyMatch(MainWindowViewModel::changesCounts);
            case ProgrammeEdit.Insert _, ProgrammeEdit.Delete _, RoadmapEdit.Insert _, RoadmapEdit.Delete _ -> true;
            case WorkItemEdit.Insert _, WorkItemEdit.Delete _, DependencyEdit.Insert _, DependencyEdit.Delete _ -> true;
            // an item can become a milestone, or stop being one
            case WorkItemEdit.Update update -> update.before().isMilestone() != update.after().isMilestone();
            case ProgrammeEdit.Update _, RoadmapEdit.Update _, DependencyEdit.Update _, ReferenceEdit _,
                 BaselineEdit _ -> false;
        };
    }

    /** Counts the plan again, off the JavaFX thread. */
    public void refreshCounts() {
        if (counting) {
            countAgain = true;
            return;
        }
        counting = true;
        tasks.run(statistics::counts, this::counted, failure -> {
            counting = false;
            notifier.failure(messages.tr("ui.main.error.counts-failed"), failure);
        });
    }

    private void counted(PlanCounts counts) {
        counting = false;
        countsText.set(messages.tr("ui.main.status.counts", counts.programmes(), counts.roadmaps(), counts.items(),
                counts.milestones(), counts.dependencies()));
        if (countAgain) {
            countAgain = false;
            refreshCounts();
        }
    }

    // ---- actions spanning the window

    /** Deletes the selected rows, asking first when sub-items would go too. */
    public void deleteItems() {
        Optional<String> question = roadmapEditor.deleteConfirmation();
        if (question.isEmpty() || confirmDelete.test(question.get(), messages.tr("ui.main.action.delete-confirm"))) {
            roadmapEditor.deleteSelected();
        }
    }

    // ---- properties

    /** "Coplan — roadmap — programme", or just "Coplan" when nothing is open. */
    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    /** The plan's size for the status bar: programmes, roadmaps, items, milestones, links. */
    public ReadOnlyStringProperty countsTextProperty() {
        return countsText.getReadOnlyProperty();
    }

    /** Where the database lives, for the status bar. */
    public ReadOnlyStringProperty databaseTextProperty() {
        return databaseText.getReadOnlyProperty();
    }

    /** The roadmap the editor shows (or is loading), remembered for the next start. */
    public ReadOnlyObjectProperty<UUID> openRoadmapProperty() {
        return openRoadmap.getReadOnlyProperty();
    }

    public NavigatorViewModel navigator() {
        return navigator;
    }

    public RoadmapEditorViewModel roadmapEditor() {
        return roadmapEditor;
    }
}
