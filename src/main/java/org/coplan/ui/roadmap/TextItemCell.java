package org.coplan.ui.roadmap;

import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.IndexRange;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.coplan.domain.WorkItem;

/**
 * A cell edited as text: Enter or leaving the field commits what was typed, Escape cancels. What the text
 * means (a name, "5 d", "40%", "3FS+2d") is read by the view model, which also refuses bad text.
 */
class TextItemCell extends ItemCell {

    /**
     * After typing started the edit, the next letters go after the first. A text field selects all its
     * text when it gains the focus from the keyboard, which happens a moment later (once its skin is
     * ready), and the next letter would replace the first; so a select-all is undone until the planner
     * selects text on purpose (with the mouse or a shortcut).
     */
    static void keepCaretAtEnd(TextField field) {
        field.end();
        ChangeListener<IndexRange> undoSelectAll = (observable, old, selection) -> {
            if (selection.getLength() > 0 && selection.getLength() == field.getLength()) {
                field.end();
            }
        };
        field.selectionProperty().addListener(undoSelectAll);
        Runnable stop = () -> field.selectionProperty().removeListener(undoSelectAll);
        field.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> stop.run());
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.isShortcutDown() || event.isShiftDown() && event.getCode().isNavigationKey()) {
                stop.run();
            }
        });
    }

    private final Function<WorkItem, String> editText;
    private final BiConsumer<WorkItem, String> commit;

    /** A read-only cell. */
    TextItemCell(Function<WorkItem, String> shown) {
        this(shown, null, null);
    }

    TextItemCell(Function<WorkItem, String> shown, Function<WorkItem, String> editText,
                 BiConsumer<WorkItem, String> commit) {
        super(shown);
        this.editText = editText;
        this.commit = commit;
        setEditable(commit != null);
    }

    @Override
    Node createEditor(WorkItem item) {
        if (commit == null) {
            return null;
        }
        String original = editText.apply(item);
        String typed = takeTypedText();
        TextField field = new TextField(typed == null ? original : typed);
        field.getStyleClass().add("item-cell-editor");
        field.setOnAction(event -> {
            event.consume();
            finish(row -> commit.accept(row, field.getText()));
        });
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                cancelEdit();
            }
        });
        field.focusedProperty().addListener((observable, was, focused) -> {
            // clicking elsewhere keeps what was typed, as in a spreadsheet
            if (!focused && !field.getText().equals(original)) {
                finish(row -> commit.accept(row, field.getText()));
            } else if (!focused) {
                cancelEdit();
            }
        });
        return field;
    }

    @Override
    void editorShown(Node editor) {
        TextField field = (TextField) editor;
        if (field.getText().equals(editText.apply(getItem()))) {
            field.selectAll();
        } else {
            keepCaretAtEnd(field);
        }
    }
}
