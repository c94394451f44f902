package org.coplan.ui.common;

import org.coplan.l10n.Problem;

/**
 * Where view models report what happened: the status bar and, for errors, a dialog. Text is already in the
 * user's language; problems from lower layers are translated by the implementation.
 */
public interface Notifier {

    void info(String text);

    void error(Problem problem);

    /** An unexpected failure: shown as a sentence with the details behind an expander, never a bare trace. */
    void failure(String text, Throwable cause);
}
