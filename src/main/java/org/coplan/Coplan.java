package org.coplan;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.logging.LogManager;
import org.coplan.architecture.AllowedToUseStandardStreams;
import org.coplan.cli.CliContext;
import org.coplan.cli.CoplanCli;
import org.coplan.cli.DatabaseOpener;
import org.coplan.l10n.Messages;
import org.coplan.persistence.H2Encryption;
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
                new Databases(), new DesktopStarter(messages, out, Coplan::openDatabase));
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
        return H2PlanDatabase.openFile(folder, ChangeAuthor.newReplica(userName()), Clock.systemUTC(),
                H2Encryption.isEncrypted(folder) ? passphraseOf(folder) : null);
    }

    /**
     * The passphrase of an encrypted database: the first line of the file {@code COPLAN_PASSPHRASE_FILE} names
     * (for scripts), else typed at the terminal; null without either, which the opener refuses with a message.
     */
    private static char[] passphraseOf(Path folder) {
        String file = System.getenv("COPLAN_PASSPHRASE_FILE");
        if (file != null && !file.isBlank()) {
            try {
                return Files.readString(Path.of(file), StandardCharsets.UTF_8).lines().findFirst().orElse("")
                        .toCharArray();
            } catch (IOException unreadable) {
                return null;
            }
        }
        Console console = System.console();
        return console == null ? null : console.readPassword("%s",
                Messages.forLocale(Locale.getDefault()).tr("cli.db.passphrase-prompt-for", folder.toAbsolutePath()));
    }

    /** The composition root's opener: it can also encrypt and decrypt, which commands reach through the port. */
    private static final class Databases implements DatabaseOpener {

        @Override
        public PlanDatabase open(Path folder) {
            return openDatabase(folder);
        }

        @Override
        public void encrypt(Path folder, char[] passphrase) {
            H2Encryption.encrypt(folder, passphrase);
        }

        @Override
        public void decrypt(Path folder, char[] passphrase) {
            H2Encryption.decrypt(folder, passphrase);
        }
    }

    private static String userName() {
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? "coplan" : name;
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, stream.charset()), true);
    }
}
