package org.coplan.ui.roadmap;

import static javafx.scene.input.KeyCombination.ALT_DOWN;
import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The roadmap tree's keys, as planners know them from MS Project (listed for users under the message key
 * {@code ui.roadmap.shortcuts}). They act only while the tree has the focus and no cell is being edited,
 * so Tab and Delete keep their usual meaning in text fields and elsewhere in the window.
 */
enum RoadmapKeys {
    INSERT_ACTIVITY(new KeyCodeCombination(KeyCode.INSERT)),
    INSERT_MILESTONE(new KeyCodeCombination(KeyCode.M, SHORTCUT_DOWN, SHIFT_DOWN)),
    DELETE(new KeyCodeCombination(KeyCode.DELETE)),
    INDENT(new KeyCodeCombination(KeyCode.RIGHT, ALT_DOWN, SHIFT_DOWN), new KeyCodeCombination(KeyCode.TAB)),
    OUTDENT(new KeyCodeCombination(KeyCode.LEFT, ALT_DOWN, SHIFT_DOWN),
            new KeyCodeCombination(KeyCode.TAB, SHIFT_DOWN)),
    MOVE_UP(new KeyCodeCombination(KeyCode.UP, ALT_DOWN, SHIFT_DOWN)),
    MOVE_DOWN(new KeyCodeCombination(KeyCode.DOWN, ALT_DOWN, SHIFT_DOWN)),
    COPY(new KeyCodeCombination(KeyCode.C, SHORTCUT_DOWN)),
    PASTE(new KeyCodeCombination(KeyCode.V, SHORTCUT_DOWN)),
    UNDO(new KeyCodeCombination(KeyCode.Z, SHORTCUT_DOWN)),
    REDO(new KeyCodeCombination(KeyCode.Y, SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.Z, SHORTCUT_DOWN, SHIFT_DOWN)),
    EDIT(new KeyCodeCombination(KeyCode.F2)),
    LINK(new KeyCodeCombination(KeyCode.F2, SHORTCUT_DOWN));

    private final List<KeyCombination> combinations;

    RoadmapKeys(KeyCombination... combinations) {
        this.combinations = List.of(combinations);
    }

    /** The first combination: the one menus show. */
    KeyCombination primary() {
        return combinations.getFirst();
    }

    boolean matches(KeyEvent event) {
        return combinations.stream().anyMatch(combination -> combination.match(event));
    }

    static RoadmapKeys of(KeyEvent event) {
        for (RoadmapKeys key : values()) {
            if (key.matches(event)) {
                return key;
            }
        }
        return null;
    }
}
