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
}
