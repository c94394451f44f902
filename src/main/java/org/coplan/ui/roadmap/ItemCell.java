package org.coplan.ui.roadmap;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.TreeTableCell;
import javafx.scene.input.MouseEvent;
import org.coplan.domain.WorkItem;

/**
 * A cell of the roadmap tree. Every column's value is the row's {@link WorkItem}, so that a changed item
 * repaints its row; the cell shows one aspect of it. Subclasses that edit supply an editor node and call
 * {@link #finish} with what was typed: the cell leaves editing first and then hands the value on, so the
 * row changes when the edit is applied and simply stays as it was when the edit is refused.
 */
abstract class ItemCell extends TreeTableCell<WorkItem, WorkItem> {

    /** Key of the table property that hands text typed on a row to the editor it opens. */
    static final String TYPED_TEXT = "coplan.typed-text";
    /** Key of the table property set while a single click is handled; the view clears it afterwards. */
    static final String SINGLE_CLICK = "coplan.single-click";

    private final Function<WorkItem, String> shown;

    ItemCell(Function<WorkItem, String> shown) {
        this.shown = shown;
        // JavaFX edits a cell when its already selected row is clicked once (on release, after a press that
        // could have started a drag); planners click rows to select them, so editing takes a double click,
        // F2 or typing, as in MS Project
        addEventFilter(MouseEvent.MOUSE_PRESSED, this::noteClick);
        addEventFilter(MouseEvent.MOUSE_RELEASED, this::noteClick);
    }

    private void noteClick(MouseEvent event) {
        if (getTreeTableView() != null) {
            getTreeTableView().getProperties().put(SINGLE_CLICK, event.getClickCount() < 2);
        }
    }

    @Override
    protected void updateItem(WorkItem item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
        } else if (!isEditing()) {
            show(item);
        }
    }

    private void show(WorkItem item) {
        setText(item == null ? null : shown.apply(item));
        setGraphic(item == null ? null : decoration(item));
    }

    /** A node shown before the text (the kind's glyph in the name column); none by default. */
    Node decoration(WorkItem item) {
        return null;
    }

    /** The editor for {@code item}, or null when this column is not edited in place. */
    abstract Node createEditor(WorkItem item);

    @Override
    public void startEdit() {
        if (getItem() == null) {
            return;
        }
        if (getTreeTableView() != null
                && Boolean.TRUE.equals(getTreeTableView().getProperties().remove(SINGLE_CLICK))) {
            getTreeTableView().edit(-1, null);
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        Node editor = createEditor(getItem());
        if (editor == null) {
            super.cancelEdit();
            return;
        }
        setText(null);
        setGraphic(editor);
        editor.requestFocus();
        editorShown(editor);
    }

    /** Text typed on the row to start editing (it replaces the value), or null when editing began otherwise. */
    final String takeTypedText() {
        return getTreeTableView() == null ? null : (String) getTreeTableView().getProperties().remove(TYPED_TEXT);
    }

    /** Called once the editor is in the cell and focused. */
    void editorShown(Node editor) {
    }

    @Override
    public void cancelEdit() {
        if (!isEditing()) {
            return;
        }
        super.cancelEdit();
        show(getItem());
    }

    /** Leaves editing, then applies the edit to the row's item (unless editing had already ended). */
    final void finish(Consumer<WorkItem> apply) {
        WorkItem item = getItem();
        if (!isEditing() || item == null) {
            return;
        }
        cancelEdit();
        apply.accept(item);
    }
}
