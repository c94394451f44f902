package org.coplan.ui.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.domain.Programme;
import org.coplan.domain.Roadmap;
import org.coplan.l10n.Messages;
import org.coplan.service.PlanEditor;
import org.coplan.service.imports.ImportReport;
import org.coplan.service.imports.ImportedPlan;
import org.coplan.service.imports.PlanImport;
import org.coplan.service.imports.PlanReader;
import org.coplan.ui.common.Notifier;
import org.coplan.ui.common.TaskRunner;

/**
 * File ▸ Import…: which file, into which programme, as a new roadmap or as the update of one of its roadmaps,
 * and whether resources become organisations. The file is read and imported in the background, as one undo
 * step of the window's editor; the folder it came from is remembered in the plan's settings for the next time.
 */
public final class ImportViewModel {

    // a plan setting, not a message key: the folder of the last imported file
    static final String LAST_FOLDER = "folder:import";

    /** A programme or roadmap as the combo boxes list it. */
    public record Choice(UUID id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final PlanEditor editor;
    private final PlanReader reader;
    private final Messages messages;
    private final Notifier notifier;
    private final TaskRunner tasks;
    private final Runnable beforeImport;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObservableList<Choice> programmes = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> programme = new SimpleObjectProperty<>();
    private final ObservableList<Choice> roadmaps = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> roadmap = new SimpleObjectProperty<>();
    private final BooleanProperty update = new SimpleBooleanProperty();
    private final BooleanProperty resourcesAsOrganizations = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canImport;

    /**
     * @param beforeImport what runs (in the background) before anything is stored: the backup before an import
     */
    public ImportViewModel(PlanEditor editor, PlanReader reader, Messages messages, Notifier notifier,
                           TaskRunner tasks, Runnable beforeImport) {
        this.editor = editor;
        this.reader = reader;
        this.messages = messages;
        this.notifier = notifier;
        this.tasks = tasks;
        this.beforeImport = beforeImport;
        programme.addListener((observable, old, chosen) -> loadRoadmaps(chosen));
        canImport = Bindings.createBooleanBinding(() -> file.get() != null && !busy.get()
                        && (update.get() ? roadmap.get() != null : programme.get() != null),
                file, programme, roadmap, update, busy);
        loadProgrammes();
    }

    private void loadProgrammes() {
        List<Programme> all = editor.database().read(store -> store.programmes().findAll());
        programmes.setAll(all.stream().sorted(Comparator.comparing(Programme::title, String.CASE_INSENSITIVE_ORDER))
                .map(each -> new Choice(each.id(), each.title())).toList());
        programme.set(programmes.isEmpty() ? null : programmes.getFirst());
    }

    private void loadRoadmaps(Choice chosen) {
        if (chosen == null) {
            roadmaps.clear();
        } else {
            List<Roadmap> all = editor.database().read(store -> store.roadmaps().findByProgramme(chosen.id()));
            roadmaps.setAll(all.stream().sorted(Comparator.comparing(Roadmap::sortKey))
                    .map(each -> new Choice(each.id(), each.name())).toList());
        }
        roadmap.set(roadmaps.isEmpty() ? null : roadmaps.getFirst());
    }

    /** Preselects the programme of the open roadmap, and that roadmap for an update. */
    public void preselect(UUID roadmapId) {
        editor.database().read(store -> store.roadmaps().find(roadmapId)).ifPresent(open -> {
            programmes.stream().filter(each -> each.id().equals(open.programmeId())).findFirst()
                    .ifPresent(programme::set);
            roadmaps.stream().filter(each -> each.id().equals(roadmapId)).findFirst().ifPresent(roadmap::set);
        });
    }

    /** Where the file chooser opens: the folder of the last import, while it exists. */
    public Optional<Path> initialFolder() {
        return editor.database().read(store -> store.settings().get(LAST_FOLDER)).map(Path::of)
                .filter(Files::isDirectory);
    }

    /**
     * Reads the file and imports it; {@code done} gets the report. A file Coplan refuses, or an update it
     * cannot make, is reported with its reason and changes nothing.
     */
    public void importNow(Consumer<ImportReport> done) {
        if (!canImport.get()) {
            return;
        }
        Path chosen = file.get();
        UUID target = update.get() ? roadmap.get().id() : programme.get().id();
        boolean into = update.get();
        PlanImport.Options options = new PlanImport.Options(resourcesAsOrganizations.get());
        busy.set(true);
        tasks.run(() -> {
            ImportedPlan plan = reader.read(chosen);
            String name = plan.title() != null && !plan.title().isBlank() ? plan.title().strip()
                    : chosen.getFileName().toString();
            PlanImport.Naming naming = new PlanImport.Naming(name,
                    sourceId -> messages.tr("cli.import.unnamed-item", sourceId),
                    slot -> messages.tr("import.name.baseline", slot),
                    calendar -> messages.tr("import.name.calendar", name, calendar));
            beforeImport.run();
            PlanImport imports = new PlanImport(editor);
            ImportReport report = into ? imports.importInto(target, plan, naming, options)
                    : imports.importAsNewRoadmap(target, plan, naming, options);
            Path folder = chosen.toAbsolutePath().getParent();
            if (folder != null) {
                editor.database().writeVoid(store -> store.settings().put(LAST_FOLDER, folder.toString()));
            }
            return report;
        }, report -> {
            busy.set(false);
            notifier.info(messages.tr("ui.import.done", chosen.getFileName(), report.roadmap().name()));
            done.accept(report);
        }, failure -> {
            busy.set(false);
            if (failure instanceof PlanRuleViolation refused) {
                notifier.error(refused.problem());
            } else {
                notifier.failure(messages.tr("ui.import.failed", chosen.getFileName()), failure);
            }
        });
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObservableList<Choice> programmes() {
        return programmes;
    }

    public ObjectProperty<Choice> programmeProperty() {
        return programme;
    }

    public ObservableList<Choice> roadmaps() {
        return roadmaps;
    }

    public ObjectProperty<Choice> roadmapProperty() {
        return roadmap;
    }

    /** Update an existing roadmap (true) or create a new one (false). */
    public BooleanProperty updateProperty() {
        return update;
    }

    public BooleanProperty resourcesAsOrganizationsProperty() {
        return resourcesAsOrganizations;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canImportBinding() {
        return canImport;
    }
}
