package org.coplan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code coplan [--db DIR] [COMMAND]}: without a command, opens the window. The options are inherited, so
 * they may be written before or after the command.
 */
@Command(name = "coplan", mixinStandardHelpOptions = true, sortOptions = false)
final class CoplanCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--db", paramLabel = "DIR", scope = ScopeType.INHERIT, descriptionKey = "option.db")
    private Path databaseFolder;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, descriptionKey = "option.verbose")
    private boolean verbose;

    CoplanCommand(CliContext context) {
        this.context = context;
    }

    /** The folder named with {@code --db}, else the default one. */
    Path databaseFolder() {
        return databaseFolder != null ? databaseFolder : context.defaultDatabaseFolder();
    }

    boolean verbose() {
        return verbose;
    }

    @Override
    public Integer call() {
        return context.desktop().launch(databaseFolder(), databaseFolder != null);
    }
}
