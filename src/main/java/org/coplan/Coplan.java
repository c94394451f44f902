package org.coplan;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.LogManager;
import org.coplan.architecture.AllowedToUseStandardStreams;
import org.coplan.cli.CliContext;
import org.coplan.cli.CoplanCli;
import org.coplan.l10n.Messages;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.DataFolders;
import org.coplan.service.port.PlanDatabase;

/**
 * The composition root: builds the messages, the database opener and the command line once, then runs a
 * command headless or, when none is given, opens the window.
 */
@AllowedToUseStandardStreams("the entry point hands standard output and error to the command line")
public final class Coplan {

    private Coplan() {
    }

    public static void main(String[] args) {
        quietLibraries();
        Messages messages = Messages.forLocale(Locale.getDefault());
        PrintWriter out = writer(System.out);
        PrintWriter err = writer(System.err);
        // the window returns once it is closed (JavaFX's launch blocks until the application exits)
        CliContext context = new CliContext(messages, out, err, DataFolders.defaultDatabaseFolder(),
                Coplan::openDatabase, new DesktopStarter(messages, out, Coplan::openDatabase));
        int exitCode = CoplanCli.create(context).execute(args);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /**
     * Keeps the libraries' start-up notes off standard error, where a command prints its one line of
     * failure; a logging configuration given with {@code -Djava.util.logging.config.file} wins.
     */
    private static void quietLibraries() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        try (InputStream configuration = Coplan.class.getResourceAsStream("logging.properties")) {
            if (configuration != null) {
                LogManager.getLogManager().readConfiguration(configuration);
            }
        } catch (IOException unreadable) {
            // the JDK's default logging stays; it only makes the output noisier
        }
    }

    static PlanDatabase openDatabase(Path folder) {
        return H2PlanDatabase.openFile(folder, ChangeAuthor.newReplica(userName()));
    }

    private static String userName() {
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? "coplan" : name;
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, stream.charset()), true);
    }
}
