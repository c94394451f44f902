package org.coplan;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import org.coplan.l10n.Messages;
import org.coplan.service.port.PlanDatabase;

/**
 * What the command line hands to the window when no command is given.
 *
 * @param databaseFolder   the folder of the plan database: {@code --db}, else the per-user data folder
 * @param dataFolderGiven  whether the user named the folder with {@code --db}
 * @param openDatabase     opens that database (the window never touches the persistence layer itself);
 *                         throws a {@code DatabaseUnavailableException} when it cannot
 * @param messages         the text in the language of the system locale
 */
public record LaunchSettings(Path databaseFolder, boolean dataFolderGiven, Supplier<PlanDatabase> openDatabase,
                             Messages messages) {

    public LaunchSettings {
        Objects.requireNonNull(databaseFolder, "databaseFolder");
        Objects.requireNonNull(openDatabase, "openDatabase");
        Objects.requireNonNull(messages, "messages");
    }
}
