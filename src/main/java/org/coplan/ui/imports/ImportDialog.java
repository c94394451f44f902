package org.coplan.ui.imports;

import java.io.File;
import java.nio.file.Path;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.coplan.l10n.Messages;
import org.coplan.service.imports.ImportReport;
import org.coplan.ui.common.DialogHeader;
import org.coplan.ui.common.FormGrid;
import org.coplan.ui.common.Stylesheets;

/**
 * File ▸ Import… (also what dropping a file on the window opens): the file, the programme, a new roadmap or
 * the update of an existing one, and whether resources become organisations. Import runs in the background;
 * the dialog closes with the report when it is done and stays open, unchanged, when the file is refused.
 */
public final class ImportDialog extends Dialog<ImportReport> {

    public ImportDialog(ImportViewModel model, Messages messages, Window owner) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(messages.tr("ui.import.dialog.title"));
        getDialogPane().setHeader(DialogHeader.of(messages.tr("ui.import.dialog.title"),
                messages.tr("ui.import.dialog.intro")));
        getDialogPane().getStyleClass().addAll("coplan-form-dialog", "import-dialog");
        Stylesheets.applyTo(getDialogPane());
        setResizable(true);
        ButtonType importType = new ButtonType(messages.tr("ui.import.dialog.import"), ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(importType,
                new ButtonType(messages.tr("ui.button.cancel"), ButtonData.CANCEL_CLOSE));

        TextField fileField = new TextField();
        fileField.setId("import-file");
        fileField.setEditable(false);
        fileField.setPrefColumnCount(36);
        fileField.textProperty().bind(model.fileProperty().map(Path::toString).orElse(""));
        Button browse = new Button(messages.tr("ui.import.dialog.browse"));
        browse.setId("import-browse");
        browse.setMinWidth(Region.USE_PREF_SIZE);
        browse.setOnAction(event -> choose(model, messages));
        HBox fileRow = new HBox(6, fileField, browse);
        HBox.setHgrow(fileField, Priority.ALWAYS);

        ComboBox<ImportViewModel.Choice> programme = new ComboBox<>(model.programmes());
        programme.setId("import-programme");
        programme.valueProperty().bindBidirectional(model.programmeProperty());
        programme.setMaxWidth(Double.MAX_VALUE);

        ToggleGroup mode = new ToggleGroup();
        RadioButton asNew = new RadioButton(messages.tr("ui.import.dialog.new-roadmap"));
        asNew.setId("import-new");
        asNew.setToggleGroup(mode);
        RadioButton asUpdate = new RadioButton(messages.tr("ui.import.dialog.update-roadmap"));
        asUpdate.setId("import-update");
        asUpdate.setToggleGroup(mode);
        asUpdate.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.roadmaps()));
        (model.updateProperty().get() ? asUpdate : asNew).setSelected(true);
        mode.selectedToggleProperty().addListener((observable, old, chosen) ->
                model.updateProperty().set(chosen == asUpdate));
        ComboBox<ImportViewModel.Choice> roadmap = new ComboBox<>(model.roadmaps());
        roadmap.setId("import-roadmap");
        roadmap.valueProperty().bindBidirectional(model.roadmapProperty());
        roadmap.disableProperty().bind(model.updateProperty().not());
        roadmap.setPrefWidth(280);
        Label updateHint = new Label(messages.tr("ui.import.dialog.update-hint"));
        updateHint.setWrapText(true);
        updateHint.setMaxWidth(460);
        updateHint.getStyleClass().add("text-muted");

        CheckBox resources = new CheckBox(messages.tr("ui.import.dialog.resources"));
        resources.setId("import-resources");
        resources.setWrapText(true);
        resources.setMaxWidth(460);
        resources.selectedProperty().bindBidirectional(model.resourcesAsOrganizationsProperty());

        GridPane grid = FormGrid.create();
        grid.addRow(0, label(messages.tr("ui.import.dialog.file"), fileField), fileRow);
        grid.addRow(1, label(messages.tr("ui.import.dialog.programme"), programme), programme);
        grid.addRow(2, new Label(), asNew);
        grid.addRow(3, new Label(), new HBox(8, asUpdate, roadmap));
        grid.addRow(4, new Label(), updateHint);
        grid.addRow(5, new Label(), resources);
        getDialogPane().setContent(grid);

        Button importButton = (Button) getDialogPane().lookupButton(importType);
        importButton.setId("import-run");
        importButton.disableProperty().bind(model.canImportBinding().not());
        importButton.addEventFilter(ActionEvent.ACTION, event -> {
            // the dialog closes when the import is done, not when the button is pressed
            event.consume();
            model.importNow(report -> {
                setResult(report);
                close();
            });
        });
        setResultConverter(button -> null);
    }

    private static Label label(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        return label;
    }

    private void choose(ImportViewModel model, Messages messages) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.tr("ui.import.dialog.title"));
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(messages.tr("ui.import.filter.plans"), "*.xml", "*.mpp", "*.mpx",
                        "*.gan", "*.planner", "*.csv"),
                new FileChooser.ExtensionFilter(messages.tr("ui.import.filter.all"), "*.*"));
        model.initialFolder().map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        File chosen = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
        if (chosen != null) {
            model.fileProperty().set(chosen.toPath());
        }
    }
}
