package org.coplan.ui.roadmap;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.coplan.domain.WorkItem;

/**
 * A cell edited by picking from a list (kind, lead state, priority area). The list opens with the editor;
 * closing it on an entry (a click, Enter) commits that entry; Escape keeps the old value.
 *
 * @param <T> the stored value of an entry
 */
final class ChoiceItemCell<T> extends ItemCell {

    private final Supplier<List<Choice<T>>> choices;
    private final Function<WorkItem, T> current;
    private final BiConsumer<WorkItem, T> commit;

    ChoiceItemCell(Function<WorkItem, String> shown, Supplier<List<Choice<T>>> choices,
                   Function<WorkItem, T> current, BiConsumer<WorkItem, T> commit) {
        super(shown);
        this.choices = choices;
        this.current = current;
        this.commit = commit;
    }

    @Override
    Node createEditor(WorkItem item) {
        List<Choice<T>> entries = choices.get();
        if (entries == null || entries.isEmpty()) {
            return null;
        }
        T original = current.apply(item);
        // a list is not typed into; a letter typed on the row only opens it
        takeTypedText();
        ComboBox<Choice<T>> box = new ComboBox<>();
        box.getItems().setAll(entries);
        box.setValue(ReferenceChoices.find(entries, original));
        box.getStyleClass().add("item-cell-editor");
        box.setMaxWidth(Double.MAX_VALUE);
        // arrow keys walk the open list and change the value on the way; only closing the list decides
        boolean[] cancelled = {false};
        Runnable decide = () -> {
            Choice<T> picked = box.getValue();
            if (cancelled[0] || picked == null || Objects.equals(picked.value(), original)) {
                cancelEdit();
            } else {
                finish(row -> commit.accept(row, picked.value()));
            }
        };
        box.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                cancelled[0] = true;
                event.consume();
                box.hide();
                cancelEdit();
            }
        });
        box.setOnHidden(event -> decide.run());
        box.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused && !box.isShowing()) {
                decide.run();
            }
        });
        // open the list as soon as the box can show it: one click or F2 is enough to choose
        box.skinProperty().addListener((observable, old, skin) -> {
            if (skin != null && isEditing()) {
                box.show();
            }
        });
        return box;
    }
}
