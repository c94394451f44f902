package org.coplan.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * The message under a form field that says what is wrong with it. It stays hidden until the user has had a
 * chance to fill the field (changed it, or left it), so a fresh form does not open covered in red; the
 * field itself gets AtlantaFX's {@code :danger} state while its message shows.
 */
public final class FieldMessage extends Label {

    private final BooleanProperty revealed = new SimpleBooleanProperty(this, "revealed", false);
    private final BooleanBinding showing;

    public FieldMessage(ObservableStringValue error) {
        getStyleClass().add("field-message");
        setWrapText(true);
        textProperty().bind(error);
        showing = revealed.and(Bindings.isNotEmpty(error));
        visibleProperty().bind(showing);
        managedProperty().bind(showing);
        error.addListener((observable, before, after) -> revealed.set(true));
    }

    /** Reveals the message when any of the fields loses the focus, and marks them while it shows. */
    public FieldMessage watching(Node... fields) {
        for (Node field : fields) {
            field.focusedProperty().addListener((observable, was, is) -> {
                if (!is) {
                    revealed.set(true);
                }
            });
            showing.addListener((observable, was, is) -> field.pseudoClassStateChanged(Styles.STATE_DANGER, is));
        }
        return this;
    }

    /** Shows the message at once if there is one (an existing record that no longer passes). */
    public void reveal() {
        revealed.set(true);
    }
}
