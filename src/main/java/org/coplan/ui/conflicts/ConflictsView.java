package org.coplan.ui.conflicts;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.coplan.l10n.Messages;
import org.coplan.ui.common.DialogHeader;
import org.coplan.ui.common.Stylesheets;
import org.coplan.ui.common.Tables;
import org.coplan.ui.conflicts.ConflictsViewModel.ConflictRow;

/** Plan ▸ Conflicts…: the table of open sync conflicts with "Keep mine" and "Keep theirs". */
public final class ConflictsView extends Dialog<Void> {

    public ConflictsView(ConflictsViewModel model, Messages messages, Window owner) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(messages.tr("ui.conflicts.dialog.title"));
        getDialogPane().setHeader(DialogHeader.of(messages.tr("ui.conflicts.dialog.title"),
                messages.tr("ui.conflicts.dialog.intro")));
        getDialogPane().getStyleClass().addAll("coplan-form-dialog", "conflicts-dialog");
        Stylesheets.applyTo(getDialogPane());
        setResizable(true);
        getDialogPane().getButtonTypes().setAll(new ButtonType(messages.tr("ui.button.close"), ButtonData.CANCEL_CLOSE));

        TableView<ConflictRow> table = new TableView<>(model.rows());
        table.setId("conflict-list");
        table.getStyleClass().add(Styles.DENSE);
        table.getColumns().setAll(List.of(
                Tables.textColumn(messages.tr("ui.conflicts.column.item"), 220, ConflictRow::item),
                Tables.textColumn(messages.tr("ui.conflicts.column.field"), 110, ConflictRow::field),
                Tables.textColumn(messages.tr("ui.conflicts.column.mine"), 180, ConflictRow::mine),
                Tables.textColumn(messages.tr("ui.conflicts.column.theirs"), 180, ConflictRow::theirs),
                Tables.textColumn(messages.tr("ui.conflicts.column.from"), 120, ConflictRow::from),
                Tables.textColumn(messages.tr("ui.conflicts.column.when"), 180, ConflictRow::when)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.tr("ui.conflicts.none")));
        table.setPrefHeight(300);
        Tables.selectInStep(table, model.selectedProperty());

        Button keepMine = new Button(messages.tr("ui.conflicts.keep-mine"));
        keepMine.setId("conflict-keep-mine");
        keepMine.disableProperty().bind(model.cannotDecide());
        keepMine.setOnAction(event -> model.keepMine());
        Button keepTheirs = new Button(messages.tr("ui.conflicts.keep-theirs"));
        keepTheirs.setId("conflict-keep-theirs");
        keepTheirs.disableProperty().bind(model.cannotDecide());
        keepTheirs.setOnAction(event -> model.keepTheirs());
        Label note = new Label(messages.tr("ui.conflicts.note"));
        note.getStyleClass().add(Styles.TEXT_MUTED);
        note.setWrapText(true);
        note.setMinWidth(0);
        HBox.setHgrow(note, Priority.ALWAYS);
        HBox actions = new HBox(8, keepMine, keepTheirs, note);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(10, table, actions);
        VBox.setVgrow(table, Priority.ALWAYS);
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(1060);
        getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        setOnShown(shown -> {
            model.refresh();
            table.requestFocus();
        });
        setResultConverter(button -> null);
    }
}
