package org.coplan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;

/**
 * {@code coplan [--db DIR] [--smoke] [FILE | COMMAND]}: without a command, opens the window, offering to
 * import {@code FILE} (a plan package) once the plan is open. The options are inherited, so
 * they may be written before or after the command.
 */
@Command(name = "coplan", mixinStandardHelpOptions = true, sortOptions = false)
final class CoplanCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--db", paramLabel = "DIR", scope = ScopeType.INHERIT, descriptionKey = "option.db")
    private Path databaseFolder;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, descriptionKey = "option.verbose")
    private boolean verbose;

    @Option(names = "--smoke", descriptionKey = "option.smoke")
    private boolean smoke;

    // a word that is not a command lands here: a plan package given on the command line or by the desktop
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", descriptionKey = "parameter.package-file")
    private Path packageFile;

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
        if (packageFile != null && smoke) {
            return refuse(context.messages().tr("cli.open.smoke-with-file"));
        }
        if (packageFile != null && !Files.isRegularFile(packageFile)) {
            // a bare word is more likely a mistyped command than a missing file
            boolean looksLikeFile = packageFile.getNameCount() > 1
                    || packageFile.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".coplan");
            return refuse(looksLikeFile ? context.messages().tr("cli.open.no-such-file", packageFile)
                    : context.messages().tr("cli.error.unknown-argument", packageFile));
        }
        return context.desktop().launch(new DesktopStart(databaseFolder(), databaseFolder != null,
                Optional.ofNullable(packageFile), smoke));
    }

    private int refuse(String line) {
        context.err().println(line);
        context.err().flush();
        return FailureHandler.BAD_INPUT;
    }
}
