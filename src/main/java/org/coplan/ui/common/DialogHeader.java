package org.coplan.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The top of Coplan's form dialogs: what the dialog does in bold, and optionally what it acts on below. */
public final class DialogHeader {

    private DialogHeader() {
    }

    /** {@code detail} may be {@code null} or blank for a heading alone. */
    public static Node of(String heading, String detail) {
        Label headingLabel = new Label(heading);
        headingLabel.getStyleClass().add("dialog-heading");
        VBox header = new VBox(2, headingLabel);
        if (detail != null && !detail.isBlank()) {
            Label detailLabel = new Label(detail);
            detailLabel.getStyleClass().add("dialog-detail");
            detailLabel.setWrapText(true);
            header.getChildren().add(detailLabel);
        }
        header.getStyleClass().add("dialog-header");
        return header;
    }
}
