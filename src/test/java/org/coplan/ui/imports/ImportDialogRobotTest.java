package org.coplan.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.coplan.domain.DateRange;
import org.coplan.domain.Ids;
import org.coplan.domain.Programme;
import org.coplan.domain.ProgrammeKind;
import org.coplan.domain.ProgrammeStatus;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The import dialog imports the chosen file on Import, closes with the report, and the report shows it. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ImportDialogRobotTest {

    @TempDir
    Path temp;

    private final Messages messages = Messages.english();
    private Stage stage;
    private H2PlanDatabase database;

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void importClosesTheDialogWithTheReportThatTheReportDialogShows(FxRobot robot) throws Exception {
        database = H2PlanDatabase.openInMemory("ui-robot-" + Ids.newId(), ChangeAuthor.newReplica("tester"));
        PlanEditor editor = new PlanEditor(database, new UndoHistory());
        LocalDate start = LocalDate.of(2025, 1, 1);
        new ProgrammeCatalog(editor).createProgramme(new Programme(Ids.newId(), "Joint programme",
                ProgrammeKind.JOINT_PROJECT, null, new DateRange(start, start.plusYears(2)), ProgrammeStatus.DRAFT,
                null, Set.of(), Set.of()));
        Notifier quiet = new Notifier() {
            @Override
            public void info(String text) {
            }

            @Override
            public void error(Problem problem) {
            }

            @Override
            public void failure(String text, Throwable cause) {
            }
        };
        ImportViewModel model = new ImportViewModel(editor, new PlanFiles(), messages, quiet, TaskRunner.inline(),
                () -> { });
        model.fileProperty().set(Files.writeString(temp.resolve("study.gan"), ImportViewModelTest.GAN));
        CompletableFuture<Optional<ImportReport>> result = new CompletableFuture<>();
        robot.interact(() -> {
            ImportDialog dialog = new ImportDialog(model, messages, stage);
            dialog.setOnHidden(event -> result.complete(Optional.ofNullable(dialog.getResult())));
            dialog.show();
        });

        robot.clickOn("#import-run");

        ImportReport report = result.get(10, TimeUnit.SECONDS).orElseThrow();
        assertThat(report.counts().items()).isEqualTo(3);
        robot.interact(() -> new ImportReportDialog(ImportReportViewModel.of(report, "study.gan", messages), messages,
                stage).show());
        VBox leftOut = robot.lookup("#import-left-out").queryAs(VBox.class);
        assertThat(leftOut.getChildren()).extracting(line -> ((Label) line).getText())
                .containsExactly("• One resource assignment ignored.");
    }
}
