package org.coplan.ui.programme;

import java.util.UUID;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.coplan.domain.Roadmap;
import org.coplan.domain.WorkCalendar;
import org.coplan.l10n.Messages;
import org.coplan.ui.common.DialogHeader;
import org.coplan.ui.common.FieldMessage;
import org.coplan.ui.common.FormGrid;
import org.coplan.ui.common.Stylesheets;

/**
 * Creates or edits a roadmap: name, description, calendar, the scheduling mode of its new items. The result is the roadmap as entered (see
 * {@link RoadmapDialogViewModel#toRoadmap}), or nothing when cancelled.
 */
public final class RoadmapDialog extends Dialog<Roadmap> {

    /** {@code programmeId} is where a new roadmap goes; the catalog gives it its place at the end. */
    public RoadmapDialog(RoadmapDialogViewModel model, Messages messages, UUID programmeId, Window owner) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(model.heading());
        getDialogPane().setHeader(DialogHeader.of(model.heading(), model.programmeLine()));
        setResizable(true);
        getDialogPane().getStyleClass().add("coplan-form-dialog");
        Stylesheets.applyTo(getDialogPane());

        ButtonType confirm = new ButtonType(
                model.isNew() ? messages.tr("ui.button.create") : messages.tr("ui.button.save"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.tr("ui.button.cancel"), ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(confirm, cancel);
        getDialogPane().lookupButton(confirm).disableProperty().bind(model.validProperty().not());

        TextField name = new TextField();
        name.setId("roadmap-name");
        name.textProperty().bindBidirectional(model.nameProperty());
        name.setPromptText(messages.tr("ui.programme.roadmap-dialog.name-prompt"));
        FieldMessage nameMessage = new FieldMessage(model.nameErrorProperty()).watching(name);

        TextArea description = new TextArea();
        description.textProperty().bindBidirectional(model.descriptionProperty());
        description.setWrapText(true);
        description.setPrefRowCount(4);
        FieldMessage descriptionMessage = new FieldMessage(model.descriptionErrorProperty()).watching(description);

        ComboBox<WorkCalendar> calendar = new ComboBox<>(model.calendarChoices());
        calendar.valueProperty().bindBidirectional(model.calendarProperty());
        calendar.setMaxWidth(Double.MAX_VALUE);
        calendar.setConverter(new StringConverter<>() {
            @Override
            public String toString(WorkCalendar value) {
                return value == null ? "" : value.name();
            }

            @Override
            public WorkCalendar fromString(String text) {
                throw new UnsupportedOperationException("calendars are picked, not typed");
            }
        });
        Label calendarHint = new Label(messages.tr("ui.programme.roadmap-dialog.calendar-hint"));
        calendarHint.getStyleClass().add("field-hint");
        calendarHint.setWrapText(true);

        CheckBox manual = new CheckBox(messages.tr("ui.programme.roadmap-dialog.new-items-manual"));
        manual.setId("roadmap-new-items-manual");
        manual.selectedProperty().bindBidirectional(model.newItemsManualProperty());
        Label manualHint = new Label(messages.tr("ui.programme.roadmap-dialog.new-items-manual-hint"));
        manualHint.getStyleClass().add("field-hint");
        manualHint.setWrapText(true);

        GridPane grid = FormGrid.create();
        addRow(grid, 0, label(messages.tr("ui.programme.roadmap-dialog.name"), name), new VBox(3, name, nameMessage));
        addRow(grid, 1, label(messages.tr("ui.programme.roadmap-dialog.description"), description),
                new VBox(3, description, descriptionMessage));
        addRow(grid, 2, label(messages.tr("ui.programme.roadmap-dialog.calendar"), calendar),
                new VBox(3, calendar, calendarHint));
        grid.add(new VBox(3, manual, manualHint), 1, 3);
        getDialogPane().setPrefWidth(600);
        if (!model.isNew()) {
            nameMessage.reveal();
            descriptionMessage.reveal();
        }
        getDialogPane().setContent(grid);
        setOnShown(shown -> name.requestFocus());
        setResultConverter(button -> button == confirm ? model.toRoadmap(programmeId, null) : null);
    }

    private static void addRow(GridPane grid, int row, Label label, VBox field) {
        GridPane.setValignment(label, VPos.TOP);
        label.setPadding(new Insets(6, 0, 0, 0));
        grid.add(label, 0, row);
        grid.add(field, 1, row);
    }

    private static Label label(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
