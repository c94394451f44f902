package org.coplan.ui.common;

import atlantafx.base.theme.Styles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.coplan.l10n.Messages;

/**
 * The few standard message boxes, with button texts in the user's language (JavaFX's own "OK"/"Cancel" are
 * not translated into Russian). A failure shows a sentence first; the stack trace waits behind "Details".
 */
public final class ErrorDialogs {

    private final Messages messages;

    public ErrorDialogs(Messages messages) {
        this.messages = messages;
    }

    /** A plain error the user can act on (no details): e.g. the database is open in another window. */
    public void showError(Window owner, String header, String text) {
        Alert alert = alert(Alert.AlertType.ERROR, owner, messages.tr("ui.dialog.error.title"), header);
        alert.setContentText(text);
        alert.getButtonTypes().setAll(ok());
        alert.showAndWait();
    }

    /** An unexpected failure: what went wrong in words, and the technical details folded away. */
    public void showFailure(Window owner, String text, Throwable cause) {
        Alert alert = alert(Alert.AlertType.ERROR, owner, messages.tr("ui.dialog.error.title"), text);
        Label explanation = new Label(messages.tr("ui.dialog.failure.explanation"));
        explanation.setWrapText(true);
        TextArea trace = new TextArea(stackTrace(cause));
        trace.setEditable(false);
        trace.setWrapText(false);
        trace.setPrefRowCount(14);
        trace.getStyleClass().add("failure-details");
        TitledPane details = new TitledPane(messages.tr("ui.dialog.failure.details"), trace);
        details.setExpanded(false);
        details.setAnimated(false);
        VBox content = new VBox(12, explanation, details);
        VBox.setVgrow(details, Priority.ALWAYS);
        alert.getDialogPane().setContent(content);
        alert.getButtonTypes().setAll(ok());
        alert.setResizable(true);
        alert.showAndWait();
    }

    /**
     * Asks before something drastic; {@code true} only when the user pressed the confirming button, whose
     * text names the action (e.g. "Delete").
     */
    public boolean confirm(Window owner, String header, String question, String confirmText) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, owner, messages.tr("ui.dialog.confirm.title"), header);
        alert.setContentText(question);
        ButtonType confirmButton = new ButtonType(confirmText, ButtonData.OK_DONE);
        ButtonType cancel = cancel();
        alert.getButtonTypes().setAll(confirmButton, cancel);
        // the safe answer is the default, so a reflexive Enter does not delete a programme
        Button confirming = (Button) alert.getDialogPane().lookupButton(confirmButton);
        confirming.setDefaultButton(false);
        confirming.getStyleClass().add(Styles.DANGER);
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == confirmButton;
    }

    public void showInformation(Window owner, String title, String header, String text) {
        Alert alert = alert(Alert.AlertType.INFORMATION, owner, title, header);
        alert.setContentText(text);
        alert.getButtonTypes().setAll(ok());
        alert.showAndWait();
    }

    public ButtonType ok() {
        return new ButtonType(messages.tr("ui.button.ok"), ButtonData.OK_DONE);
    }

    public ButtonType cancel() {
        return new ButtonType(messages.tr("ui.button.cancel"), ButtonData.CANCEL_CLOSE);
    }

    private static Alert alert(Alert.AlertType type, Window owner, String title, String header) {
        Alert alert = new Alert(type);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(header);
        return alert;
    }

    static String stackTrace(Throwable cause) {
        StringWriter text = new StringWriter();
        cause.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
