package org.coplan.ui.roadmap;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.coplan.domain.Baseline;
import org.coplan.l10n.Messages;
import org.coplan.ui.common.DialogHeader;
import org.coplan.ui.common.ErrorDialogs;
import org.coplan.ui.common.Stylesheets;
import org.coplan.ui.common.Tables;
import org.coplan.ui.roadmap.BaselinesDialogViewModel.SlotRow;

/**
 * Project ▸ Baselines…: the open roadmap's eleven baseline slots in a table, a name field, and the actions
 * on the selected slot. Saving over a baseline and clearing one ask first. Everything it does is an edit of
 * its own (undoable from the main window), so the dialog only has Close.
 */
public final class BaselinesDialog extends Dialog<Void> {

    public BaselinesDialog(BaselinesDialogViewModel model, Messages messages, ErrorDialogs dialogs, Window owner) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(messages.tr("ui.baseline.dialog.title"));
        getDialogPane().setHeader(DialogHeader.of(model.heading(), messages.tr("ui.baseline.dialog.intro")));
        getDialogPane().getStyleClass().addAll("coplan-form-dialog", "baselines-dialog");
        Stylesheets.applyTo(getDialogPane());
        setResizable(true);
        getDialogPane().getButtonTypes().setAll(new ButtonType(messages.tr("ui.button.close"), ButtonData.CANCEL_CLOSE));

        TableView<SlotRow> table = new TableView<>(model.slots());
        table.setId("baseline-slots");
        table.getStyleClass().add(Styles.DENSE);
        table.getColumns().setAll(List.of(
                Tables.textColumn(messages.tr("ui.baseline.column.slot"), 150, SlotRow::slotName),
                Tables.textColumn(messages.tr("ui.baseline.column.name"), 200,
                        row -> row.saved() ? row.name() : messages.tr("ui.baseline.value.empty")),
                Tables.textColumn(messages.tr("ui.baseline.column.taken-on"), 130, SlotRow::takenOn),
                Tables.textColumn(messages.tr("ui.baseline.column.items"), 70, SlotRow::items),
                Tables.textColumn(messages.tr("ui.baseline.column.compared"), 140,
                        row -> row.compared() ? messages.tr("ui.baseline.value.compared") : "")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // every slot in sight, no scrolling
        table.setFixedCellSize(28);
        table.setPrefHeight(28 * (Baseline.SLOTS + 1) + 8);
        table.setMinHeight(Region.USE_PREF_SIZE);
        table.setPrefWidth(740);
        // the table and the model select the same slot, whichever side changes it
        table.getSelectionModel().select(model.selectedProperty().get());
        model.slots().addListener((ListChangeListener<SlotRow>) change ->
                table.getSelectionModel().select(model.selectedProperty().get()));
        Tables.selectInStep(table, model.selectedProperty());

        Label nameLabel = new Label(messages.tr("ui.baseline.save.name"));
        TextField name = new TextField();
        name.setId("baseline-name");
        name.textProperty().bindBidirectional(model.nameProperty());
        nameLabel.setLabelFor(name);
        nameLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(name, Priority.ALWAYS);

        Button save = new Button(messages.tr("ui.baseline.action.save"));
        save.setId("baseline-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.canSaveBinding().not());
        save.setOnAction(event -> {
            Optional<String> question = model.overwriteQuestion();
            if (question.isEmpty() || dialogs.confirm(getDialogPane().getScene().getWindow(),
                    model.overwriteHeader(), question.get(), messages.tr("ui.baseline.overwrite.confirm"))) {
                model.save();
            }
        });
        Button clear = new Button(messages.tr("ui.baseline.action.clear"));
        clear.setId("baseline-clear");
        clear.disableProperty().bind(model.canClearBinding().not());
        clear.setOnAction(event -> model.clearQuestion().ifPresent(question -> {
            if (dialogs.confirm(getDialogPane().getScene().getWindow(), model.clearHeader(), question,
                    messages.tr("ui.baseline.clear.confirm"))) {
                model.clear();
            }
        }));
        Button compare = new Button(messages.tr("ui.baseline.action.compare"));
        compare.setId("baseline-compare");
        compare.disableProperty().bind(model.canCompareBinding().not());
        compare.setOnAction(event -> model.compareWithSelected());

        HBox saving = new HBox(8, nameLabel, name, save);
        saving.setAlignment(Pos.BASELINE_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label comparedWith = new Label();
        comparedWith.textProperty().bind(model.comparedTextProperty());
        comparedWith.getStyleClass().add(Styles.TEXT_MUTED);
        HBox actions = new HBox(8, comparedWith, spacer, clear, compare);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.textProperty().bind(model.errorProperty());
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.managedProperty().bind(Bindings.isNotEmpty(model.errorProperty()));
        error.visibleProperty().bind(error.managedProperty());

        VBox content = new VBox(10, table, actions, saving, error);
        VBox.setVgrow(table, Priority.ALWAYS);
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(820);
        // the content's own width would win otherwise, and Russian labels need the room
        getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        setOnShown(shown -> table.requestFocus());
        setOnHidden(hidden -> model.dispose());
        setResultConverter(button -> null);
    }
}
