package org.coplan.ui.main;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.coplan.ui.common.Icons;
import org.kordamp.ikonli.Ikon;

/**
 * One command of the main window, shown as a menu item and possibly a toolbar button that share its text,
 * icon, shortcut and enabled state.
 *
 * @param text        the menu text, which may change (e.g. "Undo Rename 'Design'")
 * @param icon        the icon, or {@code null}
 * @param accelerator the shortcut, or {@code null}
 * @param disabled    when the command cannot run, or {@code null} for always enabled
 * @param handler     what it does: one call into a view model
 */
record WindowAction(ObservableStringValue text, Ikon icon, KeyCombination accelerator,
                    ObservableBooleanValue disabled, Runnable handler) {

    MenuItem menuItem() {
        MenuItem item = new MenuItem();
        item.textProperty().bind(text);
        if (icon != null) {
            item.setGraphic(Icons.of(icon));
        }
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        if (disabled != null) {
            item.disableProperty().bind(disabled);
        }
        item.setOnAction(event -> handler.run());
        return item;
    }

    /** An icon-only toolbar button whose tooltip gives the text and the shortcut. */
    Button button() {
        Button button = new Button(null, Icons.of(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        var tooltip = Icons.tooltip("");
        tooltip.textProperty().bind(accelerator == null ? Bindings.createStringBinding(() -> plain(text.get()), text)
                : Bindings.createStringBinding(() -> plain(text.get()) + "  (" + accelerator.getDisplayText() + ")",
                text));
        button.setTooltip(tooltip);
        button.accessibleTextProperty().bind(text);
        if (disabled != null) {
            button.disableProperty().bind(disabled);
        }
        button.setFocusTraversable(false);
        button.setOnAction(event -> handler.run());
        return button;
    }

    /** A menu text without its trailing ellipsis, for tooltips. */
    private static String plain(String menuText) {
        return menuText.endsWith("\u2026") ? menuText.substring(0, menuText.length() - 1) : menuText;
    }
}
