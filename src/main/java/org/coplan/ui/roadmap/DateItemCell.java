package org.coplan.ui.roadmap;

import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.coplan.domain.WorkItem;

/**
 * A date cell edited with a date picker: a day picked in the calendar commits at once; typed text commits
 * on Enter or when the field is left, and text that is no date is refused by the view model with a
 * message (the old date stays).
 */
final class DateItemCell extends ItemCell {

    private final ItemText text;
    private final Function<WorkItem, LocalDate> date;
    private final BiConsumer<WorkItem, LocalDate> commitDate;
    private final BiConsumer<WorkItem, String> commitText;

    DateItemCell(ItemText text, Function<WorkItem, LocalDate> date, BiConsumer<WorkItem, LocalDate> commitDate,
                 BiConsumer<WorkItem, String> commitText) {
        super(item -> text.date(date.apply(item)));
        this.text = text;
        this.date = date;
        this.commitDate = commitDate;
        this.commitText = commitText;
        getStyleClass().add("date-cell");
    }

    @Override
    Node createEditor(WorkItem item) {
        LocalDate original = date.apply(item);
        DatePicker picker = new DatePicker(original);
        picker.getStyleClass().add("item-cell-editor");
        picker.setConverter(converter());
        String originalText = picker.getEditor().getText();
        String startedWith = takeTypedText();
        if (startedWith != null) {
            picker.getEditor().setText(startedWith);
        }
        picker.valueProperty().addListener((observable, old, picked) -> {
            if (picked != null && !picked.equals(original)) {
                finish(row -> commitDate.accept(row, picked));
            }
        });
        picker.getEditor().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                String typed = picker.getEditor().getText();
                finish(row -> commitTyped(row, typed, original));
            } else if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                cancelEdit();
            }
        });
        picker.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused && !picker.isShowing()) {
                String typed = picker.getEditor().getText();
                if (typed.equals(originalText)) {
                    cancelEdit();
                } else {
                    finish(row -> commitTyped(row, typed, original));
                }
            }
        });
        return picker;
    }

    private void commitTyped(WorkItem row, String typed, LocalDate original) {
        LocalDate parsed = text.parseDate(typed).orElse(null);
        if (parsed == null) {
            commitText.accept(row, typed);
        } else if (!parsed.equals(original)) {
            commitDate.accept(row, parsed);
        }
    }

    @Override
    void editorShown(Node editor) {
        TextField field = ((DatePicker) editor).getEditor();
        if (field.getText().equals(text.date(date.apply(getItem())))) {
            field.selectAll();
        } else {
            TextItemCell.keepCaretAtEnd(field);
        }
    }

    private StringConverter<LocalDate> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate value) {
                return text.date(value);
            }

            @Override
            public LocalDate fromString(String typed) {
                // unreadable text is reported on commit, not thrown from inside the picker
                return text.parseDate(typed).orElse(null);
            }
        };
    }
}
