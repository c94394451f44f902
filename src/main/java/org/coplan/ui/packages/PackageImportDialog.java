package org.coplan.ui.packages;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.coplan.l10n.Messages;
import org.coplan.ui.common.DialogHeader;
import org.coplan.ui.common.Stylesheets;

/** The preview of a plan package: what importing it would change, then Import or Cancel. */
public final class PackageImportDialog extends Dialog<Boolean> {

    public PackageImportDialog(PackageImportViewModel.Preview preview, Messages messages, Window owner) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(messages.tr("ui.package.preview.title"));
        getDialogPane().setHeader(DialogHeader.of(preview.heading(), preview.file().toString()));
        getDialogPane().getStyleClass().addAll("coplan-form-dialog", "package-import-dialog");
        Stylesheets.applyTo(getDialogPane());
        setResizable(true);

        int summaryLines = preview.report().conflicts().isEmpty() ? preview.lines().size()
                : preview.lines().size() - preview.report().conflicts().size();
        VBox content = new VBox(6);
        preview.lines().stream().limit(summaryLines).map(Label::new).forEach(label -> {
            label.setWrapText(true);
            content.getChildren().add(label);
        });
        if (!preview.report().conflicts().isEmpty()) {
            // a conflict the import resolves is worth reading, but may come in hundreds: a list scrolls
            ListView<String> conflicts = new ListView<>();
            conflicts.getItems().setAll(preview.lines().subList(summaryLines, preview.lines().size()));
            conflicts.setId("package-conflicts");
            conflicts.getStyleClass().add(Styles.DENSE);
            conflicts.setPrefHeight(180);
            content.getChildren().add(conflicts);
        }
        content.setPrefWidth(520);
        getDialogPane().setContent(content);

        ButtonType importButton = new ButtonType(messages.tr("ui.package.preview.import"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.tr("ui.button.cancel"), ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(importButton, cancel);
        Button importing = (Button) getDialogPane().lookupButton(importButton);
        importing.setId("package-import");
        importing.getStyleClass().add(Styles.ACCENT);
        importing.setDisable(preview.report().applied() == 0);
        setResultConverter(button -> button == importButton);
    }

    /** Shows the preview and waits: true when the user chose Import. */
    public boolean confirm() {
        Optional<Boolean> answer = showAndWait();
        return answer.orElse(false);
    }
}
