package org.coplan.ui.roadmap;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.coplan.domain.WorkItem;
import org.coplan.l10n.Messages;
import org.coplan.ui.common.Stylesheets;
import org.coplan.ui.common.TaskRunner;
import org.coplan.ui.properties.ItemPropertiesView;
import org.coplan.ui.properties.ItemPropertiesViewModel;

/**
 * A window with just the roadmap editor and the property sheet on the small test plan, for looking at them
 * (screenshots under Xvfb) without the main window. Arguments: {@code ru} for Russian, {@code edit} to
 * leave the name of "Design" being edited, {@code schedule} to open the sheet's schedule group.
 */
public final class RoadmapEditorPreview extends Application {

    @Override
    public void start(Stage stage) {
        List<String> options = getParameters().getRaw();
        Messages messages = options.contains("ru") ? Messages.forLocale(Locale.forLanguageTag("ru"))
                : Messages.english();
        EditorFixture fixture = EditorFixture.inMemory();
        RoadmapEditorViewModel vm = new RoadmapEditorViewModel(fixture.editor, messages, fixture.notifier,
                TaskRunner.inline());
        ItemPropertiesViewModel properties = new ItemPropertiesViewModel(vm, messages, fixture.notifier);
        RoadmapEditorView editor = new RoadmapEditorView(vm, messages);
        SplitPane split = new SplitPane(editor, new ItemPropertiesView(properties, messages));
        split.setDividerPositions(0.78);
        Scene scene = new Scene(split, 1500, 700);
        scene.getStylesheets().add(new PrimerLight().getUserAgentStylesheet());
        Stylesheets.applyTo(scene);
        stage.setScene(scene);
        stage.setTitle("Roadmap editor preview");
        stage.show();
        vm.open(fixture.roadmap.id());
        vm.select(List.of(fixture.id("Design")));
        editor.focusTree();

        PauseTransition later = new PauseTransition(Duration.seconds(2));
        later.setOnFinished(event -> {
            if (options.contains("schedule")) {
                scene.getRoot().lookupAll(".titled-pane").stream().map(TitledPane.class::cast)
                        .filter(pane -> pane.getText().equals(messages.tr("ui.properties.category.schedule")))
                        .forEach(pane -> pane.setExpanded(true));
            }
            if (options.contains("edit")) {
                @SuppressWarnings("unchecked")
                TreeTableView<WorkItem> tree =
                        (TreeTableView<WorkItem>) scene.lookup(".roadmap-tree");
                tree.edit(tree.getSelectionModel().getSelectedIndex(), tree.getTreeColumn());
            }
        });
        later.play();
    }

    /** Run this class: a main class that extends Application needs JavaFX on the module path. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(RoadmapEditorPreview.class, args);
        }
    }
}
