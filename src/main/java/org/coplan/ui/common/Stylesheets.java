package org.coplan.ui.common;

import java.util.List;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;

/**
 * Coplan's style sheets, loaded after the AtlantaFX theme into every scene and dialog: the companion sheet
 * that points ControlsFX's controls at the theme's colours, then Coplan's own.
 */
public final class Stylesheets {

    private static final String CONTROLSFX = "/org/coplan/ui/controlsfx-atlantafx.css";
    private static final String APPLICATION = "/org/coplan/ui/coplan.css";

    private Stylesheets() {
    }

    /** The sheets in the order they must be added. */
    public static List<String> all() {
        return List.of(url(CONTROLSFX), url(APPLICATION));
    }

    public static void applyTo(Scene scene) {
        scene.getStylesheets().addAll(all());
    }

    public static void applyTo(DialogPane pane) {
        pane.getStylesheets().addAll(all());
    }

    private static String url(String resource) {
        return Objects.requireNonNull(Stylesheets.class.getResource(resource), resource).toExternalForm();
    }
}
