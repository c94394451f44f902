package org.coplan.ui.conflicts;

import atlantafx.base.theme.PrimerLight;
import java.time.ZoneId;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.coplan.l10n.Messages;
import org.coplan.service.sync.ConflictResolution;
import org.coplan.ui.common.ErrorDialogs;
import org.coplan.ui.common.FxTaskRunner;
import org.coplan.ui.common.Stylesheets;
import org.coplan.ui.main.MainWindow;
import org.coplan.ui.main.WindowState;

/**
 * Anna's main window after an exchange that left two conflicts, with Plan ▸ Conflicts… open over it, for
 * screenshots under Xvfb. Argument {@code ru} for Russian.
 */
public final class ConflictsViewPreview extends Application {

    @Override
    public void start(Stage stage) {
        TwoReplicas replicas = new TwoReplicas();
        replicas.editConcurrently();
        replicas.anna.writeVoid(store -> store.workItems().findByRoadmap(replicas.roadmapId).stream()
                .filter(item -> item.name().equals("Report")).findFirst()
                .ifPresent(item -> store.workItems().update(item, item.withName("Final report"))));
        replicas.boris.writeVoid(store -> store.workItems().findByRoadmap(replicas.roadmapId).stream()
                .filter(item -> item.name().equals("Report")).findFirst()
                .ifPresent(item -> store.workItems().update(item, item.withName("Report to the council"))));
        replicas.exchange();
        Messages messages = getParameters().getRaw().contains("ru") ? Messages.forLocale(Locale.of("ru"))
                : Messages.english();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        FxTaskRunner tasks = new FxTaskRunner();
        MainWindow window = new MainWindow(stage, replicas.anna, messages, tasks, new ErrorDialogs(messages),
                WindowState.DEFAULT, () -> null, stage::close, () -> { });
        Scene scene = new Scene(window.view(), 1400, 860);
        Stylesheets.applyTo(scene);
        stage.setScene(scene);
        stage.show();
        window.start(WindowState.DEFAULT);
        ConflictsViewModel model = new ConflictsViewModel(new ConflictResolution(replicas.anna, replicas.anna),
                messages, window.notifier(), tasks, () -> { }, ZoneId.systemDefault());
        new ConflictsView(model, messages, stage).show();
    }

    /** Starts the preview from the class path (an Application class as main needs JavaFX on the module path). */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(ConflictsViewPreview.class, args);
        }
    }
}
