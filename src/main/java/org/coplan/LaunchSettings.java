package org.coplan;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.coplan.l10n.Messages;
import org.coplan.service.port.PlanDatabase;
import org.coplan.ui.instance.InstanceMailbox;

/**
 * What the command line hands to the window when no command is given.
 *
 * @param databaseFolder   the folder of the plan database: {@code --db}, else the per-user data folder
 * @param dataFolderGiven  whether the user named the folder with {@code --db}
 * @param openDatabase     opens that database (the window never touches the persistence layer itself);
 *                         throws a {@code DatabaseUnavailableException} when it cannot
 * @param messages         the text in the language of the system locale
 * @param requests         plan packages to offer for import, from the command line or from later Coplans
 * @param smokeReport      with {@code --smoke}: where the one line of the smoke test's result goes; the window
 *                         then closes itself once it has painted
 */
public record LaunchSettings(Path databaseFolder, boolean dataFolderGiven, Supplier<PlanDatabase> openDatabase,
                             Messages messages, InstanceMailbox requests, Optional<Consumer<String>> smokeReport) {

    public LaunchSettings {
        Objects.requireNonNull(databaseFolder, "databaseFolder");
        Objects.requireNonNull(openDatabase, "openDatabase");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(smokeReport, "smokeReport");
    }

    /** The plain window: no package to import, no smoke test. */
    public LaunchSettings(Path databaseFolder, boolean dataFolderGiven, Supplier<PlanDatabase> openDatabase,
                          Messages messages) {
        this(databaseFolder, dataFolderGiven, openDatabase, messages, new InstanceMailbox(), Optional.empty());
    }
}
