package org.coplan.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.coplan.domain.DateRange;
import org.coplan.domain.Ids;
import org.coplan.domain.Programme;
import org.coplan.domain.ProgrammeKind;
import org.coplan.domain.ProgrammeStatus;
import org.coplan.domain.WorkItem;
import org.coplan.exchange.imports.PlanFiles;
import org.coplan.l10n.Messages;
import org.coplan.l10n.Problem;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.PlanEditor;
import org.coplan.service.ProgrammeCatalog;
import org.coplan.service.UndoHistory;
import org.coplan.service.imports.ImportReport;
import org.coplan.ui.common.Notifier;
import org.coplan.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File ▸ Import…: new roadmap or update, the backup first, the folder remembered, a refused file reported. */
class ImportViewModelTest {

    static final String GAN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <project name="Joint study" version="3.3.3309">
              <tasks>
                <task id="1" name="Study" meeting="false" start="2025-03-03" duration="10" complete="0">
                  <task id="2" name="Survey" meeting="false" start="2025-03-03" duration="5" complete="50">
                    <depend id="3" type="2" difference="0" hardness="Strong"/>
                  </task>
                  <task id="3" name="Report" meeting="false" start="2025-03-12" duration="3" complete="0"/>
                </task>
              </tasks>
              <resources><resource id="0" name="Institute of Physics"/></resources>
              <allocations><allocation task-id="2" resource-id="0"/></allocations>
            </project>
            """;

    @TempDir
    Path temp;

    private final Messages messages = Messages.english();
    private final List<Problem> errors = new ArrayList<>();
    private final List<String> infos = new ArrayList<>();
    private final AtomicInteger backups = new AtomicInteger();
    private H2PlanDatabase database;
    private PlanEditor editor;
    private Programme programme;

    @BeforeEach
    void openDatabase() {
        database = H2PlanDatabase.openInMemory("ui-import-" + Ids.newId(), ChangeAuthor.newReplica("tester"));
        editor = new PlanEditor(database, new UndoHistory());
        LocalDate start = LocalDate.of(2025, 1, 1);
        programme = new ProgrammeCatalog(editor).createProgramme(new Programme(Ids.newId(), "Joint programme",
                ProgrammeKind.JOINT_PROJECT, null, new DateRange(start, start.plusYears(2)), ProgrammeStatus.DRAFT,
                null, Set.of(), Set.of()));
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private ImportViewModel model() {
        Notifier notifier = new Notifier() {
            @Override
            public void info(String text) {
                infos.add(text);
            }

            @Override
            public void error(Problem problem) {
                errors.add(problem);
            }

            @Override
            public void failure(String text, Throwable cause) {
                throw new AssertionError(text, cause);
            }
        };
        return new ImportViewModel(editor, new PlanFiles(), messages, notifier, TaskRunner.inline(),
                backups::incrementAndGet);
    }

    private List<WorkItem> items() {
        return database.read(store -> store.workItems().findAll());
    }

    @Test
    void importingIsPossibleOnceAFileIsChosenAndMakesANewRoadmapAfterTheBackup() throws IOException {
        ImportViewModel model = model();
        assertThat(model.programmeProperty().get().id()).isEqualTo(programme.id());
        assertThat(model.canImportBinding().get()).isFalse();
        Path file = Files.writeString(Files.createDirectories(temp.resolve("plans")).resolve("study.gan"), GAN);
        model.fileProperty().set(file);
        model.resourcesAsOrganizationsProperty().set(true);
        assertThat(model.canImportBinding().get()).isTrue();
        List<ImportReport> reports = new ArrayList<>();

        model.importNow(reports::add);

        assertThat(reports).singleElement().satisfies(report -> {
            assertThat(report.roadmap().name()).isEqualTo("Joint study");
            assertThat(report.counts().items()).isEqualTo(3);
        });
        assertThat(backups).hasValue(1);
        assertThat(items()).hasSize(3);
        assertThat(items()).filteredOn(item -> item.name().equals("Survey"))
                .allSatisfy(item -> assertThat(item.leadOrganizationId()).isNotNull());
        assertThat(infos).containsExactly("Imported study.gan into \"Joint study\".");
        assertThat(model().initialFolder()).contains(temp.resolve("plans"));
        assertThat(editor.canUndo()).isTrue();
    }

    @Test
    void anUpdateNeedsARoadmapAndChangesItInsteadOfAddingOne() throws IOException {
        Path file = Files.writeString(temp.resolve("study.gan"), GAN);
        ImportViewModel first = model();
        first.fileProperty().set(file);
        first.importNow(report -> { });
        Files.writeString(file, GAN.replace("name=\"Report\"", "name=\"Final report\""));

        ImportViewModel second = model();
        second.fileProperty().set(file);
        second.updateProperty().set(true);
        assertThat(second.roadmaps()).hasSize(1);
        assertThat(second.canImportBinding().get()).isTrue();
        second.roadmapProperty().set(null);
        assertThat(second.canImportBinding().get()).isFalse();
        second.roadmapProperty().set(second.roadmaps().getFirst());
        List<ImportReport> reports = new ArrayList<>();
        second.importNow(reports::add);

        assertThat(reports.getFirst().changes().changed()).isEqualTo(1);
        assertThat(items()).extracting(WorkItem::name).containsExactlyInAnyOrder("Study", "Survey", "Final report");
        ImportReportViewModel shown = ImportReportViewModel.of(reports.getFirst(), "study.gan", messages);
        assertThat(shown.headline()).isEqualTo("study.gan (GanttProject) updated the roadmap \"Joint study\".");
        assertThat(shown.cameIn()).contains(
                "Roadmap updated: 0 added, 1 changed, 0 removed, 0 made in Coplan kept.");
    }

    @Test
    void aRefusedFileIsReportedAndNothingIsStored() throws IOException {
        ImportViewModel model = model();
        model.fileProperty().set(Files.writeString(temp.resolve("broken.gan"),
                GAN.replace("duration=\"3\"", "duration=\"ARTIFICIALERROR\"")));
        List<ImportReport> reports = new ArrayList<>();

        model.importNow(reports::add);

        assertThat(reports).isEmpty();
        assertThat(errors).singleElement().extracting(Problem::key).isEqualTo("import.error.gan-attribute");
        assertThat(items()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.initialFolder()).isEmpty();
    }
}
