package org.coplan.ui.main;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.coplan.l10n.Messages;
import org.coplan.ui.common.Stylesheets;

/** Help menu windows: the keyboard shortcuts (read from the menus themselves) and About Coplan. */
final class HelpDialogs {

    private final Messages messages;

    HelpDialogs(Messages messages) {
        this.messages = messages;
    }

    /** Every menu command that has a shortcut, menu by menu, plus the keys of the tree and the navigator. */
    void showShortcuts(Window owner, MenuBar menus) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcut-grid");
        grid.setHgap(24);
        grid.setVgap(4);
        ColumnConstraints action = new ColumnConstraints();
        action.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(action, new ColumnConstraints());
        int row = 0;
        for (Menu menu : menus.getMenus()) {
            List<MenuItem> withKeys = menu.getItems().stream().filter(item -> item.getAccelerator() != null).toList();
            if (withKeys.isEmpty()) {
                continue;
            }
            row = heading(grid, row, menu.getText());
            for (MenuItem item : withKeys) {
                row = shortcut(grid, row, item.getText(), item.getAccelerator().getDisplayText());
            }
        }
        row = heading(grid, row, messages.tr("ui.help.shortcuts.tree"));
        Label treeKeys = new Label(messages.tr("ui.roadmap.shortcuts"));
        treeKeys.setWrapText(true);
        treeKeys.getStyleClass().add("shortcut-text");
        grid.add(treeKeys, 0, row++, 2, 1);
        row = heading(grid, row, messages.tr("ui.help.shortcuts.gantt"));
        Label chartKeys = new Label(messages.tr("ui.gantt.shortcuts"));
        chartKeys.setWrapText(true);
        chartKeys.getStyleClass().add("shortcut-text");
        grid.add(chartKeys, 0, row++, 2, 1);
        row = heading(grid, row, messages.tr("ui.help.shortcuts.navigator"));
        row = shortcut(grid, row, messages.tr("ui.help.shortcuts.navigator-edit"), "F2");
        shortcut(grid, row, messages.tr("ui.help.shortcuts.navigator-delete"), "Delete");

        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(440);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);

        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.tr("ui.help.shortcuts.title"));
        dialog.setHeaderText(messages.tr("ui.help.shortcuts.title"));
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().setPrefWidth(520);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.tr("ui.button.close"),
                ButtonData.CANCEL_CLOSE));
        Stylesheets.applyTo(dialog.getDialogPane());
        dialog.showAndWait();
    }

    private static int heading(GridPane grid, int row, String text) {
        Label label = new Label(text.replace("_", ""));
        label.getStyleClass().addAll(Styles.TEXT_BOLD, "shortcut-heading");
        GridPane.setMargin(label, new Insets(row == 0 ? 0 : 12, 0, 2, 0));
        grid.add(label, 0, row, 2, 1);
        return row + 1;
    }

    private static int shortcut(GridPane grid, int row, String action, String keys) {
        Label actionLabel = new Label(action);
        Label keyLabel = new Label(keys);
        keyLabel.getStyleClass().add("keycap");
        keyLabel.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(actionLabel, 0, row);
        grid.add(keyLabel, 1, row);
        return row + 1;
    }

    void showAbout(Window owner, String version, String database, Image icon) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(messages.tr("ui.help.about.title"));
        alert.setHeaderText(messages.tr("ui.help.about.header", version));
        if (icon != null) {
            ImageView image = new ImageView(icon);
            image.setFitWidth(48);
            image.setFitHeight(48);
            alert.setGraphic(image);
        }
        Label text = new Label(messages.tr("ui.help.about.text"));
        text.setWrapText(true);
        Label details = new Label(messages.tr("ui.help.about.details", System.getProperty("java.version"),
                System.getProperty("javafx.runtime.version", "?"), database));
        details.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        details.setWrapText(true);
        VBox content = new VBox(12, text, details);
        content.setPrefWidth(440);
        alert.getDialogPane().setContent(content);
        alert.getButtonTypes().setAll(new ButtonType(messages.tr("ui.button.close"), ButtonData.CANCEL_CLOSE));
        Stylesheets.applyTo(alert.getDialogPane());
        alert.showAndWait();
    }
}
