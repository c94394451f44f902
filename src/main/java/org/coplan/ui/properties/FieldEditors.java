package org.coplan.ui.properties;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.property.editor.PropertyEditor;
import org.coplan.l10n.Messages;
import org.coplan.ui.roadmap.Choice;
import org.coplan.ui.roadmap.ItemText;

/**
 * The property sheet's editors, one per {@link ItemField.Editor}. Each shows its field's value, follows
 * it as the item changes, and commits only when the planner is done with it (Enter, leaving the field, a
 * picked entry), so that typing a name is one undo step and not one per letter. A refused value is
 * replaced by the stored one again.
 */
final class FieldEditors {

    private final ItemText text;
    private final Messages messages;

    FieldEditors(ItemText text, Messages messages) {
        this.text = text;
        this.messages = messages;
    }

    PropertyEditor<?> create(ItemField<?> field) {
        return switch (field.editor()) {
            case READ_ONLY -> new ReadOnlyEditor(field);
            case TEXT -> new TextEditor(field);
            case LONG_TEXT -> new LongTextEditor(field);
            case DATE -> new DateEditor(field);
            case CHOICE -> new ChoiceEditor(field);
            case MULTI_CHOICE -> new MultiChoiceEditor(field);
        };
    }

    /**
     * The common part: follows the field through a weak listener (the sheet makes new editors when it
     * rebuilds, and the old ones must not be kept alive by the field), and commits.
     */
    private abstract static class FieldEditor<C extends Node> implements PropertyEditor<Object> {

        final ItemField<?> field;
        final C control;
        private final ChangeListener<Object> follow = (observable, old, value) -> showValue(value);
        private boolean updating;

        FieldEditor(ItemField<?> field, C control) {
            this.field = field;
            this.control = control;
            control.getStyleClass().addAll("field-editor", field.id());
            // the sheet keeps only the control; the control keeps this editor, and with it the listener
            control.getProperties().put(FieldEditor.class, this);
            field.valueProperty().addListener(new WeakChangeListener<>(follow));
        }

        @Override
        public Node getEditor() {
            return control;
        }

        @Override
        public void setValue(Object value) {
            showValue(value);
        }

        final void showValue(Object value) {
            updating = true;
            try {
                display(value);
            } finally {
                updating = false;
            }
        }

        final boolean updating() {
            return updating;
        }

        abstract void display(Object value);

        @SuppressWarnings("unchecked")
        final void commit(Object value) {
            if (updating) {
                return;
            }
            if (!((ItemField<Object>) field).commit(value)) {
                showValue(field.getValue());
            }
        }

        final void commitText(String typed) {
            if (!field.commitText(typed)) {
                showValue(field.getValue());
            }
        }
    }

    private static final class ReadOnlyEditor extends FieldEditor<Label> {

        ReadOnlyEditor(ItemField<?> field) {
            super(field, new Label());
            control.getStyleClass().add("read-only");
        }

        @Override
        public Object getValue() {
            return control.getText();
        }

        @Override
        void display(Object value) {
            control.setText(value == null ? "" : value.toString());
        }
    }

    private static final class TextEditor extends FieldEditor<TextField> {

        TextEditor(ItemField<?> field) {
            super(field, new TextField());
            control.editableProperty().bind(field.editableProperty());
            control.setOnAction(event -> commitTyped());
            control.focusedProperty().addListener((observable, was, focused) -> {
                if (!focused) {
                    commitTyped();
                }
            });
            control.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
                if (event.getCode() == KeyCode.ESCAPE) {
                    showValue(field.getValue());
                }
            });
        }

        private void commitTyped() {
            String shown = field.getValue() == null ? "" : field.getValue().toString();
            if (!control.getText().equals(shown)) {
                commit(control.getText());
            }
        }

        @Override
        public Object getValue() {
            return control.getText();
        }

        @Override
        void display(Object value) {
            control.setText(value == null ? "" : value.toString());
        }
    }

    private static final class LongTextEditor extends FieldEditor<TextArea> {

        LongTextEditor(ItemField<?> field) {
            super(field, new TextArea());
            control.setWrapText(true);
            control.setPrefRowCount(3);
            control.editableProperty().bind(field.editableProperty());
            control.focusedProperty().addListener((observable, was, focused) -> {
                if (!focused) {
                    commitTyped();
                }
            });
            control.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
                if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                    event.consume();
                    commitTyped();
                } else if (event.getCode() == KeyCode.ESCAPE) {
                    showValue(field.getValue());
                }
            });
        }

        private void commitTyped() {
            String shown = field.getValue() == null ? "" : field.getValue().toString();
            if (!control.getText().strip().equals(shown)) {
                commit(control.getText());
            }
        }

        @Override
        public Object getValue() {
            return control.getText();
        }

        @Override
        void display(Object value) {
            control.setText(value == null ? "" : value.toString());
        }
    }

    private final class DateEditor extends FieldEditor<DatePicker> {

        DateEditor(ItemField<?> field) {
            super(field, new DatePicker());
            control.setMaxWidth(Double.MAX_VALUE);
            control.disableProperty().bind(field.editableProperty().not());
            control.setConverter(new StringConverter<>() {
                @Override
                public String toString(LocalDate date) {
                    return text.date(date);
                }

                @Override
                public LocalDate fromString(String typed) {
                    // unreadable text is reported when committed, not thrown from inside the picker
                    return text.parseDate(typed).orElse(null);
                }
            });
            control.valueProperty().addListener((observable, old, picked) -> {
                if (picked != null && !updating()) {
                    commit(picked);
                }
            });
            control.getEditor().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
                if (event.getCode() == KeyCode.ENTER) {
                    event.consume();
                    commitTyped();
                }
            });
            control.focusedProperty().addListener((observable, was, focused) -> {
                if (!focused && !control.isShowing()) {
                    commitTyped();
                }
            });
        }

        private void commitTyped() {
            String typed = control.getEditor().getText();
            if (typed.equals(text.date((LocalDate) field.getValue()))) {
                return;
            }
            LocalDate parsed = text.parseDate(typed).orElse(null);
            if (parsed == null) {
                commitText(typed);
            } else {
                commit(parsed);
            }
        }

        @Override
        public Object getValue() {
            return control.getValue();
        }

        @Override
        void display(Object value) {
            control.setValue((LocalDate) value);
            control.getEditor().setText(text.date((LocalDate) value));
        }
    }

    private static final class ChoiceEditor extends FieldEditor<ComboBox<Choice<?>>> {

        ChoiceEditor(ItemField<?> field) {
            super(field, new ComboBox<>());
            control.setMaxWidth(Double.MAX_VALUE);
            control.disableProperty().bind(field.editableProperty().not());
            field.choicesProperty().addListener(new WeakChangeListener<>(followChoices));
            control.getItems().setAll(field.choicesProperty().get());
            control.setOnAction(event -> {
                Choice<?> picked = control.getValue();
                if (picked != null && !updating() && !Objects.equals(picked.value(), field.getValue())) {
                    commit(picked.value());
                }
            });
        }

        private final ChangeListener<List<? extends Choice<?>>> followChoices = (observable, old, choices) -> {
            showValueWith(choices);
        };

        private void showValueWith(List<? extends Choice<?>> choices) {
            control.getItems().setAll(choices);
            showValue(field.getValue());
        }

        @Override
        public Object getValue() {
            Choice<?> choice = control.getValue();
            return choice == null ? null : choice.value();
        }

        @Override
        void display(Object value) {
            Choice<?> match = control.getItems().stream()
                    .filter(choice -> Objects.equals(choice.value(), value)).findFirst().orElse(null);
            control.setValue(match);
        }
    }

    private final class MultiChoiceEditor extends FieldEditor<CheckComboBox<Choice<?>>> {

        MultiChoiceEditor(ItemField<?> field) {
            super(field, new CheckComboBox<>());
            control.setMaxWidth(Double.MAX_VALUE);
            control.disableProperty().bind(field.editableProperty().not());
            control.setConverter(new StringConverter<>() {
                @Override
                public String toString(Choice<?> choice) {
                    return choice == null ? "" : choice.label();
                }

                @Override
                public Choice<?> fromString(String label) {
                    return null;
                }
            });
            field.choicesProperty().addListener(new WeakChangeListener<>(followChoices));
            control.getItems().setAll(field.choicesProperty().get());
            control.getCheckModel().getCheckedItems().addListener((ListChangeListener<Choice<?>>) change -> {
                if (!updating()) {
                    commit(checked());
                }
            });
        }

        private final ChangeListener<List<? extends Choice<?>>> followChoices = (observable, old, choices) -> {
            updateChoices(choices);
        };

        private void updateChoices(List<? extends Choice<?>> choices) {
            control.getItems().setAll(choices);
            showValue(field.getValue());
        }

        private Set<Object> checked() {
            Set<Object> values = new HashSet<>();
            control.getCheckModel().getCheckedItems().forEach(choice -> values.add(choice.value()));
            return Set.copyOf(values);
        }

        @Override
        public Object getValue() {
            return checked();
        }

        @Override
        void display(Object value) {
            Set<?> chosen = value instanceof Set<?> set ? set : Set.of();
            control.getCheckModel().clearChecks();
            control.getItems().stream().filter(choice -> chosen.contains(choice.value()))
                    .forEach(choice -> control.getCheckModel().check(choice));
            List<String> codes = control.getCheckModel().getCheckedItems().stream().map(Choice::shortLabel).toList();
            control.setTitle(codes.isEmpty() ? messages.tr("ui.properties.nothing-chosen") : String.join(", ", codes));
        }
    }
}
