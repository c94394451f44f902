package org.coplan.ui.common;

import java.lang.System.Logger.Level;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.stage.Window;
import org.coplan.l10n.Messages;
import org.coplan.l10n.Problem;

/**
 * The window's {@link Notifier}: notes and refusals go to the status bar (refusals styled as errors), and an
 * unexpected failure also opens a dialog with its details behind an expander, and is logged.
 */
public final class StatusBarNotifier implements Notifier {

    private static final System.Logger LOG = System.getLogger(StatusBarNotifier.class.getName());

    private final ReadOnlyObjectWrapper<StatusMessage> message =
            new ReadOnlyObjectWrapper<>(this, "message", StatusMessage.NONE);
    private final Messages messages;
    private final ErrorDialogs dialogs;
    private final Supplier<Window> owner;

    public StatusBarNotifier(Messages messages, ErrorDialogs dialogs, Supplier<Window> owner) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.owner = owner;
    }

    /** The last message, for the status bar to bind to; never {@code null}. */
    public ReadOnlyObjectProperty<StatusMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public StatusMessage getMessage() {
        return message.get();
    }

    @Override
    public void info(String text) {
        show(new StatusMessage(text, StatusMessage.Severity.INFO));
    }

    @Override
    public void error(Problem problem) {
        show(new StatusMessage(messages.text(problem), StatusMessage.Severity.ERROR));
    }

    @Override
    public void failure(String text, Throwable cause) {
        LOG.log(Level.ERROR, text, cause);
        onFxThread(() -> {
            message.set(new StatusMessage(text, StatusMessage.Severity.ERROR));
            dialogs.showFailure(owner.get(), text, cause);
        });
    }

    private void show(StatusMessage shown) {
        onFxThread(() -> message.set(shown));
    }

    // a listener on a worker thread may report too; the status bar may only change on the JavaFX thread
    private static void onFxThread(Runnable change) {
        if (Platform.isFxApplicationThread()) {
            change.run();
        } else {
            Platform.runLater(change);
        }
    }
}
