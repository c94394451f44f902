package org.coplan.ui.imports;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.application.Application;
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
import org.coplan.ui.common.Notifier;
import org.coplan.ui.common.TaskRunner;

/**
 * The import dialog, then (once the given file is imported into a fresh in-memory plan) the import report, for
 * screenshots under Xvfb. Arguments: a plan file, then {@code dialog} to show the import dialog instead of
 * the report, and {@code ru} for Russian.
 */
public final class ImportReportPreview extends Application {

    @Override
    public void start(Stage stage) {
        List<String> arguments = getParameters().getRaw();
        Messages messages = arguments.contains("ru") ? Messages.forLocale(Locale.of("ru")) : Messages.english();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        H2PlanDatabase database = H2PlanDatabase.openInMemory("preview-" + Ids.newId(),
                ChangeAuthor.newReplica("preview"));
        PlanEditor editor = new PlanEditor(database, new UndoHistory());
        LocalDate start = LocalDate.of(2024, 1, 1);
        new ProgrammeCatalog(editor).createProgramme(new Programme(Ids.newId(), "Housing programme",
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
        Path file = Path.of(arguments.getFirst());
        model.fileProperty().set(file);
        model.resourcesAsOrganizationsProperty().set(true);
        if (arguments.contains("dialog")) {
            new ImportDialog(model, messages, null).show();
        } else {
            model.importNow(report -> new ImportReportDialog(ImportReportViewModel.of(report,
                    file.getFileName().toString(), messages), messages, null).show());
        }
    }

    /** Starts the preview from the class path (an Application class as main needs JavaFX on the module path). */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(ImportReportPreview.class, args);
        }
    }
}
