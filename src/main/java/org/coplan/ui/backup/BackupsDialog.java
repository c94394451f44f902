package org.coplan.ui.backup;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.coplan.l10n.Messages;
import org.coplan.service.backup.BackupPolicy;
import org.coplan.ui.backup.BackupsViewModel.BackupRow;
import org.coplan.ui.common.DialogHeader;
import org.coplan.ui.common.Stylesheets;
import org.coplan.ui.common.Tables;

/** File ▸ Backups…: the table of backups, "Back up now", "Restore…" and how many to keep. */
public final class BackupsDialog extends Dialog<Void> {

    public BackupsDialog(BackupsViewModel model, Messages messages, Window owner) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(messages.tr("ui.backup.dialog.title"));
        getDialogPane().setHeader(DialogHeader.of(messages.tr("ui.backup.dialog.title"),
                messages.tr("ui.backup.dialog.intro")));
        getDialogPane().getStyleClass().addAll("coplan-form-dialog", "backups-dialog");
        Stylesheets.applyTo(getDialogPane());
        setResizable(true);
        getDialogPane().getButtonTypes().setAll(new ButtonType(messages.tr("ui.button.close"), ButtonData.CANCEL_CLOSE));

        TableView<BackupRow> table = new TableView<>(model.rows());
        table.setId("backup-list");
        table.getStyleClass().add(Styles.DENSE);
        table.getColumns().setAll(List.of(
                Tables.textColumn(messages.tr("ui.backup.column.taken"), 190, BackupRow::taken),
                Tables.textColumn(messages.tr("ui.backup.column.reason"), 190, BackupRow::reason),
                Tables.textColumn(messages.tr("ui.backup.column.items"), 80, BackupRow::items),
                Tables.textColumn(messages.tr("ui.backup.column.size"), 90, BackupRow::size)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.tr("ui.backup.none")));
        table.setPrefHeight(320);
        Tables.selectInStep(table, model.selectedProperty());

        Button backUp = new Button(messages.tr("ui.backup.back-up-now"));
        backUp.setId("backup-now");
        backUp.getStyleClass().add(Styles.ACCENT);
        backUp.disableProperty().bind(model.busyProperty());
        backUp.setOnAction(event -> model.backUpNow());
        Button restore = new Button(messages.tr("ui.backup.restore"));
        restore.setId("backup-restore");
        restore.disableProperty().bind(model.busyProperty().or(model.selectedProperty().isNull()));
        restore.setOnAction(event -> model.restoreSelected());

        Spinner<Integer> keep = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                BackupPolicy.MIN_KEEP, BackupPolicy.MAX_KEEP, model.keepProperty().get()));
        keep.setId("backup-keep");
        keep.setEditable(true);
        keep.setPrefWidth(80);
        model.keepProperty().addListener((observable, old, value) -> keep.getValueFactory().setValue(value.intValue()));
        keep.valueProperty().addListener((observable, old, value) -> {
            if (value != null && value != model.keepProperty().get()) {
                model.applyKeep(value);
            }
        });
        Label keepLabel = new Label(messages.tr("ui.backup.keep"));
        keepLabel.setLabelFor(keep);
        Label keepSuffix = new Label(messages.tr("ui.backup.keep.suffix"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, backUp, restore, spacer, keepLabel, keep, keepSuffix);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(10, table, actions);
        VBox.setVgrow(table, Priority.ALWAYS);
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(720);
        getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        model.restoredProperty().addListener((observable, was, restored) -> {
            if (restored) {
                close();
            }
        });
        setOnShown(shown -> {
            model.refresh();
            table.requestFocus();
        });
        setResultConverter(button -> null);
    }
}
