package org.coplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import org.coplan.l10n.Messages;

/**
 * What every command works with, built once by the composition root (or a test): the text of the user's
 * language, standard output and error, the default database folder and how to open a database or the window.
 */
public record CliContext(Messages messages, PrintWriter out, PrintWriter err, Path defaultDatabaseFolder,
                         DatabaseOpener databases, DesktopLauncher desktop) {

    public CliContext {
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(defaultDatabaseFolder, "defaultDatabaseFolder");
        Objects.requireNonNull(databases, "databases");
        Objects.requireNonNull(desktop, "desktop");
    }
}
