package org.coplan.ui.common;

import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Icons from the Material Design pack, sized and coloured by the style sheet (class {@code icon}). */
public final class Icons {

    private static final Duration TOOLTIP_DELAY = Duration.millis(400);

    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("icon");
        return icon;
    }

    /** A tooltip that appears soon enough to help someone hunting for a toolbar button. */
    public static Tooltip tooltip(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setShowDelay(TOOLTIP_DELAY);
        return tooltip;
    }
}
