package org.coplan.ui.report;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.coplan.l10n.Messages;
import org.coplan.l10n.Problem;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.report.MilestoneReports;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.sample.SamplePlan;
import org.coplan.ui.common.FxTaskRunner;
import org.coplan.ui.common.Notifier;

/**
 * The milestone report window over a plan database folder, for screenshots under Xvfb. Arguments: the database
 * folder (the sample plan is put there when it is empty), then {@code ru} for Russian.
 */
public final class MilestoneReportWindowPreview extends Application {

    @Override
    public void start(Stage stage) {
        H2PlanDatabase database = H2PlanDatabase.openFile(Path.of(getParameters().getRaw().getFirst()),
                ChangeAuthor.newReplica("preview"));
        new SamplePlan(database).loadIfEmpty();
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
                cause.printStackTrace();
            }
        };
        MilestoneReportViewModel model = new MilestoneReportViewModel(new MilestoneReports(database), messages, quiet,
                new FxTaskRunner(), Clock.systemDefaultZone(), Screen.getPrimary().getDpi(), "A. Petrov");
        new MilestoneReportWindow(model, messages, quiet, null).show();
    }

    /** Starts the preview from the class path (an Application class as main needs JavaFX on the module path). */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(MilestoneReportWindowPreview.class, args);
        }
    }
}
