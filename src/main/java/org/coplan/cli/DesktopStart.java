package org.coplan.cli;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code coplan} without a command asks of the window.
 *
 * @param databaseFolder the folder of the plan database
 * @param folderGiven    whether the user chose it with {@code --db}
 * @param packageFile    a plan package to offer for import once the plan is open ({@code coplan FILE.coplan},
 *                       or a double click on the file); an absolute path, since it may be handed to a Coplan
 *                       already running in another working directory
 * @param smoke          {@code --smoke}: open the window on a temporary database, check that it painted, exit
 */
public record DesktopStart(Path databaseFolder, boolean folderGiven, Optional<Path> packageFile, boolean smoke) {

    public DesktopStart {
        Objects.requireNonNull(databaseFolder, "databaseFolder");
        Objects.requireNonNull(packageFile, "packageFile");
        packageFile = packageFile.map(file -> file.toAbsolutePath().normalize());
    }
}
