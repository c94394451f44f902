package org.coplan.ui.roadmap;

import atlantafx.base.theme.PrimerLight;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.coplan.ui.common.Stylesheets;

/** The robot tests' stage: an empty scene of the given size with the application's theme and sheets. */
final class ThemedStage {

    private ThemedStage() {
    }

    static void show(Stage stage, double width, double height) {
        Scene scene = new Scene(new StackPane(), width, height);
        // the application's theme, for this scene only: the editor's sheet uses its colour names
        scene.getStylesheets().add(new PrimerLight().getUserAgentStylesheet());
        Stylesheets.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }
}
