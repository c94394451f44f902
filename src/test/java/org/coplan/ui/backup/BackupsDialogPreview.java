package org.coplan.ui.backup;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import javafx.application.Application;
import javafx.stage.Stage;
import org.coplan.l10n.Messages;
import org.coplan.l10n.Problem;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.backup.BackupPolicy;
import org.coplan.service.sample.SamplePlan;
import org.coplan.ui.common.Notifier;
import org.coplan.ui.common.TaskRunner;

/**
 * The Backups dialog over a plan database folder, for screenshots under Xvfb. Arguments: the database folder
 * (the sample plan and three backups are put there when it is empty), then {@code ru} for Russian.
 */
public final class BackupsDialogPreview extends Application {

    @Override
    public void start(Stage stage) {
        H2PlanDatabase database = H2PlanDatabase.openFile(Path.of(getParameters().getRaw().getFirst()),
                ChangeAuthor.newReplica("preview"));
        BackupPolicy policy = new BackupPolicy(database, Clock.systemUTC());
        if (new SamplePlan(database).loadIfEmpty()) {
            policy.afterOpening();
            policy.beforeImport();
            policy.manual();
        }
        Messages messages = getParameters().getRaw().contains("ru") ? Messages.forLocale(java.util.Locale.of("ru"))
                : Messages.english();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
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
        BackupsViewModel model = new BackupsViewModel(policy, messages, quiet, TaskRunner.inline(),
                (question, button) -> false, () -> { }, ZoneId.systemDefault());
        new BackupsDialog(model, messages, null).show();
    }

    /** Starts the preview from the class path (an Application class as main needs JavaFX on the module path). */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(BackupsDialogPreview.class, args);
        }
    }
}
