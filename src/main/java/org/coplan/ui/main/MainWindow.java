package org.coplan.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.application.Platform;
import javafx.scene.control.MenuBar;
import javafx.scene.image.Image;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.coplan.exchange.imports.PlanFiles;
import org.coplan.l10n.Messages;
import org.coplan.service.PlanEditor;
import org.coplan.service.PlanStatistics;
import org.coplan.service.ProgrammeCatalog;
import org.coplan.service.UndoHistory;
import org.coplan.service.backup.BackupPolicy;
import org.coplan.service.port.Backup;
import org.coplan.service.port.PlanDatabase;
import org.coplan.service.port.SyncDatabase;
import org.coplan.service.sync.ConflictResolution;
import org.coplan.ui.backup.BackupsDialog;
import org.coplan.ui.report.MilestoneReportViewModel;
import org.coplan.ui.report.MilestoneReportWindow;
import org.coplan.report.MilestoneReports;
import javafx.stage.Screen;
import org.coplan.ui.backup.BackupsViewModel;
import org.coplan.ui.common.ErrorDialogs;
import org.coplan.ui.common.StatusBarNotifier;
import org.coplan.ui.common.TaskRunner;
import org.coplan.ui.conflicts.ConflictsView;
import org.coplan.ui.conflicts.ConflictsViewModel;
import org.coplan.ui.imports.ImportDialog;
import org.coplan.ui.imports.ImportReportDialog;
import org.coplan.ui.imports.ImportReportViewModel;
import org.coplan.ui.imports.ImportViewModel;
import org.coplan.ui.navigator.FxNavigatorDialogs;
import org.coplan.ui.navigator.NavigatorView;
import org.coplan.ui.navigator.NavigatorViewModel;
import org.coplan.ui.properties.ItemPropertiesView;
import org.coplan.ui.properties.ItemPropertiesViewModel;
import org.coplan.ui.roadmap.BaselinesDialog;
import org.coplan.ui.roadmap.BaselinesDialogViewModel;
import org.coplan.ui.roadmap.ChartStart;
import org.coplan.ui.roadmap.RoadmapEditorView;
import org.coplan.ui.roadmap.RoadmapEditorViewModel;

/**
 * The main window put together for an open plan database: the services over it, every view model, every
 * view, and the frame around them. Built once the database is open; {@link #state} reads back what is
 * remembered for the next start.
 */
public final class MainWindow {

    private final Stage stage;
    private final Messages messages;
    private final StatusBarNotifier notifier;
    private final MainWindowViewModel model;
    private final MainWindowView view;
    private final RoadmapEditorView roadmapEditorView;
    private final HelpDialogs help;
    private final Supplier<Image> icon;
    private final TaskRunner tasks;
    private final BackupPolicy backups;
    private final PlanEditor editor;
    /** Takes the daily backup while the window stays open; checks every hour whether one is due. */
    private final Timeline dailyBackup;
    /** The open sync conflicts; null for a database that is not a replica. */
    private final ConflictsViewModel conflicts;

    /**
     * @param exit   what File ▸ Exit does (the application closes the window and everything behind it)
     * @param reload what follows restoring a backup: the application builds the window afresh over the same
     *               database, since everything this one read (and its undo history) is of the replaced plan
     */
    public MainWindow(Stage stage, PlanDatabase database, Messages messages, TaskRunner tasks, ErrorDialogs dialogs,
                      WindowState state, Supplier<Image> icon, Runnable exit, Runnable reload) {
        this.stage = stage;
        this.messages = messages;
        this.icon = icon;
        this.tasks = tasks;
        this.backups = new BackupPolicy(database, Clock.systemUTC());
        this.dailyBackup = dailyBackups();
        this.help = new HelpDialogs(messages);
        Supplier<Window> owner = () -> stage;
        editor = new PlanEditor(database, new UndoHistory());
        notifier = new StatusBarNotifier(messages, dialogs, owner);
        NavigatorViewModel navigator = new NavigatorViewModel(new ProgrammeCatalog(editor), editor, messages, notifier,
                tasks, new FxNavigatorDialogs(messages, dialogs, owner, Clock.systemDefaultZone()));
        RoadmapEditorViewModel roadmapEditor = new RoadmapEditorViewModel(editor, messages, notifier, tasks);
        ItemPropertiesViewModel properties = new ItemPropertiesViewModel(roadmapEditor, messages, notifier);
        model = new MainWindowViewModel(messages, editor, new PlanStatistics(database), navigator, roadmapEditor,
                notifier, tasks, (question, action) ->
                dialogs.confirm(stage, messages.tr("ui.main.delete-items.header"), question, action));

        roadmapEditorView = new RoadmapEditorView(roadmapEditor, messages);
        roadmapEditorView.dividerPositionProperty().set(state.chartDivider());
        ItemPropertiesView propertiesView = new ItemPropertiesView(properties, messages);
        // a double click on a Gantt bar opens the item: its properties take the keyboard
        roadmapEditorView.setOnOpenItem(() -> {
            if (propertiesView.lookup(".text-field") instanceof javafx.scene.Node field) {
                field.requestFocus();
            }
        });
        conflicts = database instanceof SyncDatabase replica
                ? new ConflictsViewModel(new ConflictResolution(replica, database), messages, notifier, tasks,
                        this::planChangedBehindTheEditor, ZoneId.systemDefault())
                : null;
        view = new MainWindowView(model, messages, new NavigatorView(navigator, messages), roadmapEditorView,
                propertiesView, notifier.messageProperty(), state,
                new MainWindowView.WindowCommands() {
                    @Override
                    public void exit() {
                        exit.run();
                    }

                    @Override
                    public void showShortcuts(MenuBar menus) {
                        help.showShortcuts(stage, menus);
                    }

                    @Override
                    public void showAbout() {
                        help.showAbout(stage, version(), model.databaseTextProperty().get(), icon.get());
                    }

                    @Override
                    public void showBackups() {
                        if (backups.available()) {
                            new BackupsDialog(new BackupsViewModel(backups, messages, notifier, tasks,
                                    (question, confirmText) -> dialogs.confirm(stage,
                                            messages.tr("ui.backup.dialog.title"), question, confirmText),
                                    reload, ZoneId.systemDefault()), messages, stage).showAndWait();
                        }
                    }

                    @Override
                    public void showMilestoneReport() {
                        new MilestoneReportWindow(new MilestoneReportViewModel(new MilestoneReports(database), messages,
                                notifier, tasks, Clock.systemDefaultZone(), Screen.getPrimary().getDpi(),
                                System.getProperty("user.name", "")), messages, notifier, stage).show();
                    }

                    @Override
                    public void showConflicts() {
                        if (conflicts != null) {
                            new ConflictsView(conflicts, messages, stage).showAndWait();
                        }
                    }

                    @Override
                    public ObservableStringValue conflictsHint() {
                        return conflicts == null ? new ReadOnlyStringWrapper("").getReadOnlyProperty()
                                : conflicts.hintProperty();
                    }

                    @Override
                    public void showImport() {
                        openImport(null);
                    }

                    @Override
                    public void showBaselines() {
                        if (roadmapEditor.sessionProperty().get() != null) {
                            new BaselinesDialog(new BaselinesDialogViewModel(roadmapEditor, messages, notifier),
                                    messages, dialogs, stage).showAndWait();
                        }
                    }
                });
    }

    /** A decided conflict changed the plan outside the editor: what the window shows is read again. */
    private void planChangedBehindTheEditor() {
        UUID open = model.openRoadmapProperty().get();
        model.navigator().refresh();
        if (open != null) {
            model.roadmapEditor().open(open);
        }
    }

    /** A single file dropped on the window opens the import dialog with it, once the drop is over. */
    private void acceptDroppedPlans() {
        view.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && event.getDragboard().getFiles().size() == 1) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        view.setOnDragDropped(event -> {
            List<File> files = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
            event.setDropCompleted(files.size() == 1);
            event.consume();
            if (files.size() == 1) {
                // a modal dialog inside the drop handler would hold the drag source waiting
                Platform.runLater(() -> openImport(files.getFirst().toPath()));
            }
        });
    }

    private void openImport(Path file) {
        ImportViewModel importModel = new ImportViewModel(editor, new PlanFiles(), messages, notifier, tasks, () -> {
            if (backups.available()) {
                backups.beforeImport();
            }
        });
        if (file != null) {
            importModel.fileProperty().set(file);
        }
        if (model.openRoadmapProperty().get() != null) {
            importModel.preselect(model.openRoadmapProperty().get());
        }
        new ImportDialog(importModel, messages, stage).showAndWait().ifPresent(report ->
                new ImportReportDialog(ImportReportViewModel.of(report,
                        importModel.fileProperty().get().getFileName().toString(), messages), messages, stage)
                        .showAndWait());
    }

    private Timeline dailyBackups() {
        Timeline timeline = new Timeline(
                new KeyFrame(Duration.hours(1), tick -> takeAutomaticBackup(backups::dailyIfDue)));
        timeline.setCycleCount(Animation.INDEFINITE);
        return timeline;
    }

    private void takeAutomaticBackup(Callable<Optional<Backup>> backup) {
        tasks.run(backup, taken -> {
        }, failure -> notifier.failure(messages.tr("ui.backup.automatic-failed"), failure));
    }

    /** The backup of the plan as it was opened, taken in the background; then one a day while open. */
    public void startAutomaticBackups() {
        if (backups.available()) {
            takeAutomaticBackup(backups::afterOpening);
            dailyBackup.play();
        }
    }

    public MainWindowView view() {
        return view;
    }

    public MainWindowViewModel model() {
        return model;
    }

    public StatusBarNotifier notifier() {
        return notifier;
    }

    /** How the Gantt chart looks on opening (zoom, grouping, colours), when asked for on the command line. */
    public void showChartAs(ChartStart start) {
        roadmapEditorView.showChartAs(start);
    }

    /** Reads the programmes, reopens the remembered roadmap and binds the stage's title. */
    public void start(WindowState state) {
        stage.titleProperty().bind(model.windowTitleProperty());
        model.start(state.lastRoadmapId());
        if (conflicts != null) {
            conflicts.refresh();
        }
        roadmapEditorView.focusTree();
    }

    /** The dividers and the open roadmap as they are now, on top of the given bounds. */
    public WindowState state(WindowState bounds) {
        return bounds.withDividers(view.navigatorDivider(), view.propertiesDivider(),
                        roadmapEditorView.dividerPositionProperty().get())
                .withLastRoadmap(model.openRoadmapProperty().get());
    }

    public void dispose() {
        dailyBackup.stop();
        stage.titleProperty().unbind();
        model.dispose();
    }

    /** The version in the jar's manifest, or a note that this is a build from the sources. */
    private String version() {
        String version = MainWindow.class.getPackage().getImplementationVersion();
        return version == null ? messages.tr("ui.help.about.development-version") : version;
    }
}
