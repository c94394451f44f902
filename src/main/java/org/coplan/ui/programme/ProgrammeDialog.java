package org.coplan.ui.programme;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;
import org.coplan.domain.MemberState;
import org.coplan.domain.PriorityArea;
import org.coplan.domain.Programme;
import org.coplan.domain.ProgrammeKind;
import org.coplan.domain.ProgrammeStatus;
import org.coplan.l10n.Messages;
import org.coplan.ui.common.DialogHeader;
import org.coplan.ui.common.FieldMessage;
import org.coplan.ui.common.FormGrid;
import org.coplan.ui.common.Stylesheets;

/**
 * Creates or edits a programme: a form bound to {@link ProgrammeDialogViewModel}. The result is the programme
 * as entered, or nothing when cancelled; OK is disabled while a field is wrong.
 */
public final class ProgrammeDialog extends Dialog<Programme> {

    private static final double LIST_HEIGHT = 170;

    private final ProgrammeDialogViewModel model;
    private final Messages messages;
    private final DateTimeFormatter dateFormat;

    public ProgrammeDialog(ProgrammeDialogViewModel model, Messages messages, ProgrammeLabels labels, Window owner) {
        this.model = model;
        this.messages = messages;
        this.dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(model.heading());
        getDialogPane().setHeader(DialogHeader.of(model.heading(), model.isNew() ? null : model.titleProperty().get()));
        setResizable(true);
        getDialogPane().getStyleClass().add("coplan-form-dialog");
        Stylesheets.applyTo(getDialogPane());

        ButtonType confirm = new ButtonType(
                model.isNew() ? messages.tr("ui.button.create") : messages.tr("ui.button.save"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.tr("ui.button.cancel"), ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(confirm, cancel);
        getDialogPane().lookupButton(confirm).disableProperty().bind(model.validProperty().not());
        getDialogPane().setContent(form(labels));
        setResultConverter(button -> button == confirm ? model.toProgramme() : null);
    }

    private Node form(ProgrammeLabels labels) {
        TextField title = new TextField();
        title.setId("programme-title");
        title.textProperty().bindBidirectional(model.titleProperty());
        title.setPromptText(messages.tr("ui.programme.dialog.title-prompt"));
        FieldMessage titleMessage = new FieldMessage(model.titleErrorProperty()).watching(title);

        ComboBox<ProgrammeKind> kind = new ComboBox<>();
        kind.getItems().setAll(ProgrammeKind.values());
        kind.setConverter(converter(labels::kind));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setMaxWidth(Double.MAX_VALUE);
        ComboBox<ProgrammeStatus> status = new ComboBox<>();
        status.getItems().setAll(ProgrammeStatus.values());
        status.setConverter(converter(labels::status));
        status.valueProperty().bindBidirectional(model.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox kindAndStatus = new HBox(8, kind, labelFor(messages.tr("ui.programme.dialog.status"), status), status);
        kindAndStatus.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(kind, Priority.ALWAYS);
        HBox.setHgrow(status, Priority.ALWAYS);
        FieldMessage kindMessage = new FieldMessage(model.kindErrorProperty()).watching(kind, status);

        TextField actTitle = new TextField();
        actTitle.textProperty().bindBidirectional(model.actTitleProperty());
        actTitle.setPromptText(messages.tr("ui.programme.dialog.act-title-prompt"));
        TextField actNumber = new TextField();
        actNumber.textProperty().bindBidirectional(model.actNumberProperty());
        actNumber.setPromptText(messages.tr("ui.programme.dialog.act-number-prompt"));
        actNumber.setPrefColumnCount(9);
        DatePicker actDate = datePicker(model.actDateProperty());
        HBox actLine = new HBox(8, actTitle,
                labelFor(messages.tr("ui.programme.dialog.act-number"), actNumber), actNumber,
                labelFor(messages.tr("ui.programme.dialog.act-date"), actDate), actDate);
        actLine.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(actTitle, Priority.ALWAYS);
        FieldMessage actMessage = new FieldMessage(model.actErrorProperty()).watching(actTitle, actNumber);

        DatePicker start = datePicker(model.startProperty());
        start.setId("programme-start");
        DatePicker finish = datePicker(model.finishProperty());
        finish.setId("programme-finish");
        Label dash = new Label("\u2013");
        HBox period = new HBox(8, start, dash, finish);
        period.setAlignment(Pos.CENTER_LEFT);
        FieldMessage periodMessage = new FieldMessage(model.periodErrorProperty()).watching(start, finish);

        TextArea description = new TextArea();
        description.textProperty().bindBidirectional(model.descriptionProperty());
        description.setWrapText(true);
        description.setPrefRowCount(3);
        FieldMessage descriptionMessage = new FieldMessage(model.descriptionErrorProperty()).watching(description);

        CheckListView<PriorityArea> areas = checkList(model.areaChoices(),
                model.checkedAreaIds(), PriorityArea::id, model::areaName);
        areas.setId("programme-areas");
        CheckListView<MemberState> states = checkList(model.stateChoices(),
                model.checkedStateIds(), MemberState::id, model::stateName);
        states.setId("programme-states");
        VBox areaColumn = new VBox(6, sectionLabel(messages.tr("ui.programme.dialog.priority-areas"), areas), areas);
        VBox stateColumn = new VBox(6, sectionLabel(messages.tr("ui.programme.dialog.states"), states), states);
        HBox lists = new HBox(16, areaColumn, stateColumn);
        HBox.setHgrow(areaColumn, Priority.ALWAYS);
        HBox.setHgrow(stateColumn, Priority.ALWAYS);

        GridPane grid = FormGrid.create();

        int row = 0;
        row = addRow(grid, row, labelFor(messages.tr("ui.programme.dialog.title"), title), title, titleMessage);
        row = addRow(grid, row, labelFor(messages.tr("ui.programme.dialog.kind"), kind), kindAndStatus, kindMessage);
        row = addRow(grid, row, labelFor(messages.tr("ui.programme.dialog.act"), actTitle), actLine, actMessage);
        row = addRow(grid, row, labelFor(messages.tr("ui.programme.dialog.period"), start), period, periodMessage);
        row = addRow(grid, row, labelFor(messages.tr("ui.programme.dialog.description"), description), description,
                descriptionMessage);
        grid.add(lists, 1, row);
        GridPane.setVgrow(lists, Priority.ALWAYS);
        getDialogPane().setPrefWidth(780);

        if (!model.isNew()) {
            for (FieldMessage message : new FieldMessage[] {titleMessage, kindMessage, actMessage, periodMessage,
                descriptionMessage}) {
                message.reveal();
            }
        }
        setOnShown(shown -> title.requestFocus());
        return grid;
    }

    private static int addRow(GridPane grid, int row, Label label, Node field, FieldMessage message) {
        GridPane.setValignment(label, VPos.TOP);
        label.setPadding(new Insets(6, 0, 0, 0));
        grid.add(label, 0, row);
        VBox fieldAndMessage = new VBox(3, field, message);
        grid.add(fieldAndMessage, 1, row);
        return row + 1;
    }

    private <T> CheckListView<T> checkList(ObservableList<T> choices, ObservableSet<UUID> checked,
                                           Function<T, UUID> id, Function<T, String> name) {
        CheckListView<T> list = new CheckListView<>(choices);
        list.setCellFactory(view -> new CheckBoxListCell<>(list::getItemBooleanProperty, converter(name)));
        list.setPrefHeight(LIST_HEIGHT);
        list.setMaxWidth(Double.MAX_VALUE);
        for (T choice : choices) {
            if (checked.contains(id.apply(choice))) {
                list.getCheckModel().check(choice);
            }
        }
        list.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) change -> {
            Set<UUID> now = new HashSet<>();
            list.getCheckModel().getCheckedItems().forEach(item -> now.add(id.apply(item)));
            checked.retainAll(now);
            checked.addAll(now);
        });
        return list;
    }

    private DatePicker datePicker(ObjectProperty<LocalDate> value) {
        DatePicker picker = new DatePicker();
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : dateFormat.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip(), dateFormat);
                } catch (DateTimeParseException notLocalized) {
                    return isoDateOrNull(text.strip());
                }
            }
        });
        picker.valueProperty().bindBidirectional(value);
        picker.setPrefWidth(168);
        return picker;
    }

    // ISO dates (2026-01-31) are accepted too; anything else empties the field, which the form then flags
    private static LocalDate isoDateOrNull(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static Label labelFor(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label sectionLabel(String text, Node field) {
        Label label = labelFor(text, field);
        label.getStyleClass().add("form-section");
        return label;
    }

    private static <T> StringConverter<T> converter(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }
}
