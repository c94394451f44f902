package org.coplan.ui.main;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.coplan.ui.common.Icons;
import org.coplan.ui.common.StatusMessage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The strip at the bottom of the window: the last message on the left (an error in the danger colour, with
 * pseudo-class {@code :error}), the plan's counts and the database folder on the right.
 */
final class StatusBar extends HBox {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    StatusBar(ObservableValue<StatusMessage> message, ObservableStringValue counts, ObservableStringValue database) {
        getStyleClass().add("status-bar");
        setId("status-bar");
        setAlignment(Pos.CENTER_LEFT);

        FontIcon messageIcon = Icons.of(MaterialDesignI.INFORMATION_OUTLINE);
        messageIcon.getStyleClass().add("status-icon");
        Label messageLabel = new Label();
        messageLabel.setId("status-message");
        messageLabel.getStyleClass().add("status-message");
        messageLabel.setGraphic(messageIcon);
        messageLabel.setTextOverrun(OverrunStyle.ELLIPSIS);
        messageLabel.setMinWidth(0);
        Tooltip messageTooltip = Icons.tooltip("");
        messageLabel.setTooltip(messageTooltip);
        message.subscribe(shown -> {
            StatusMessage current = shown == null ? StatusMessage.NONE : shown;
            messageLabel.setText(current.text());
            messageTooltip.setText(current.text());
            messageLabel.pseudoClassStateChanged(ERROR, current.isError());
            messageIcon.setIconCode(current.isError() ? MaterialDesignA.ALERT_CIRCLE_OUTLINE
                    : MaterialDesignI.INFORMATION_OUTLINE);
            messageIcon.setVisible(!current.text().isEmpty());
        });
        HBox.setHgrow(messageLabel, Priority.ALWAYS);
        messageLabel.setMaxWidth(Double.MAX_VALUE);

        Label countsLabel = new Label();
        countsLabel.setId("status-counts");
        countsLabel.getStyleClass().add("status-counts");
        countsLabel.textProperty().bind(counts);
        countsLabel.setMinWidth(Region.USE_PREF_SIZE);

        FontIcon databaseIcon = Icons.of(MaterialDesignD.DATABASE_OUTLINE);
        databaseIcon.getStyleClass().add("status-icon");
        Label databaseLabel = new Label();
        databaseLabel.setId("status-database");
        databaseLabel.getStyleClass().add("status-database");
        databaseLabel.setGraphic(databaseIcon);
        databaseLabel.textProperty().bind(database);
        databaseLabel.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        databaseLabel.setMaxWidth(360);
        Tooltip databaseTooltip = Icons.tooltip("");
        databaseTooltip.textProperty().bind(database);
        databaseLabel.setTooltip(databaseTooltip);

        Separator countsSeparator = separator();
        countsSeparator.visibleProperty().bind(Bindings.isNotEmpty(counts));
        countsSeparator.managedProperty().bind(countsSeparator.visibleProperty());
        countsLabel.managedProperty().bind(countsSeparator.visibleProperty());
        getChildren().setAll(messageLabel, countsSeparator, countsLabel, separator(), databaseLabel);
    }

    /** A link after the message, shown while {@code text} is not empty (the open sync conflicts). */
    void addHint(ObservableStringValue text, Runnable action) {
        Hyperlink hint = new Hyperlink();
        hint.setId("status-hint");
        hint.getStyleClass().add("status-hint");
        hint.setGraphic(Icons.of(MaterialDesignS.SOURCE_MERGE));
        hint.textProperty().bind(text);
        hint.visibleProperty().bind(Bindings.isNotEmpty(text));
        hint.managedProperty().bind(hint.visibleProperty());
        hint.setMinWidth(Region.USE_PREF_SIZE);
        hint.setFocusTraversable(false);
        hint.setOnAction(event -> action.run());
        getChildren().add(1, hint);
    }

    private static Separator separator() {
        Separator separator = new Separator(Orientation.VERTICAL);
        separator.getStyleClass().add("status-separator");
        return separator;
    }
}
