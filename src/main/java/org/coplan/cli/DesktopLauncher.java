package org.coplan.cli;

import java.nio.file.Path;

/** Opens the main window on a database: what {@code coplan} does when no command is given. */
@FunctionalInterface
public interface DesktopLauncher {

    /**
     * @param databaseFolder the folder of the plan database
     * @param folderGiven    whether the user chose it with {@code --db}
     * @return the exit code once the window is closed
     */
    int launch(Path databaseFolder, boolean folderGiven);

    /**
     * Opens the window as asked: with a plan package to import, or as a smoke test. A launcher that knows
     * neither opens the plain window.
     *
     * @return the exit code once the window is closed (or the request was handed to a running Coplan)
     */
    default int launch(DesktopStart start) {
        return launch(start.databaseFolder(), start.folderGiven());
    }
}
