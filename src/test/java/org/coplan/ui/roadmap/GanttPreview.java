package org.coplan.ui.roadmap;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.coplan.gantt.GanttChart;
import org.coplan.gantt.GanttZoom;
import org.coplan.l10n.Messages;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.PlanEditor;
import org.coplan.service.UndoHistory;
import org.coplan.service.port.PlanDatabase;
import org.coplan.ui.common.Stylesheets;
import org.coplan.ui.common.TaskRunner;

/**
 * The roadmap editor alone on a plan database folder, at a chosen Gantt zoom, for screenshots under Xvfb.
 * Arguments: the database folder, then {@code day}, {@code week}, {@code month}, {@code quarter} or
 * {@code fit}, optionally the divider position, and {@code dark} for AtlantaFX's dark theme.
 */
public final class GanttPreview extends Application {

    @Override
    public void start(Stage stage) {
        List<String> options = getParameters().getRaw();
        PlanDatabase database = H2PlanDatabase.openFile(Path.of(options.getFirst()),
                new ChangeAuthor(UUID.fromString("00000000-0000-7000-8000-000000000002"), "preview"));
        Messages messages = Messages.english();
        RoadmapEditorViewModel vm = new RoadmapEditorViewModel(new PlanEditor(database, new UndoHistory()), messages,
                new EditorFixture.RecordingNotifier(), TaskRunner.inline());
        RoadmapEditorView editor = new RoadmapEditorView(vm, messages);
        Scene scene = new Scene(editor, 1560, 900);
        scene.getStylesheets().add(options.contains("dark") ? new atlantafx.base.theme.PrimerDark()
                .getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        Stylesheets.applyTo(scene);
        stage.setScene(scene);
        stage.setTitle("Gantt preview");
        stage.show();
        editor.dividerPositionProperty().set(options.size() > 2 && !options.get(2).equals("dark")
                ? Double.parseDouble(options.get(2)) : 0.36);
        vm.open(database.read(store -> store.roadmaps().findAll().getFirst()).id());
        PauseTransition later = new PauseTransition(Duration.seconds(1));
        later.setOnFinished(event -> {
            GanttChart chart = (GanttChart) scene.lookup(".gantt-chart");
            String zoom = options.size() > 1 ? options.get(1) : "month";
            switch (zoom) {
                case "day" -> chart.zoomTo(GanttZoom.WEEK_DAY);
                case "week", "month" -> chart.zoomTo(GanttZoom.MONTH_WEEK);
                case "quarter" -> chart.zoomTo(GanttZoom.QUARTER_MONTH);
                case "year" -> chart.zoomTo(GanttZoom.YEAR_QUARTER);
                default -> chart.fitAll();
            }
            if (!zoom.equals("fit")) {
                chart.scrollTo(vm.sessionProperty().get().plan().items().stream()
                        .map(org.coplan.domain.WorkItem::start).min(java.util.Comparator.naturalOrder()).orElseThrow());
            }
        });
        later.play();
        stage.setOnHidden(event -> {
            vm.close();
            database.close();
        });
    }

    /** Starts the preview from the class path (an Application class as main needs JavaFX on the module path). */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(GanttPreview.class, args);
        }
    }
}
