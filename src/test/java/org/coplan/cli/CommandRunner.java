package org.coplan.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coplan.l10n.Messages;
import org.coplan.persistence.H2Encryption;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.port.PlanDatabase;

/**
 * Runs the {@code coplan} command line as a test's user would: in English, on plan databases in folders,
 * with standard output and error kept for the assertions (each run starts them afresh). No window opens.
 */
final class CommandRunner {

    private final Path defaultFolder;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    CommandRunner(Path temp) {
        this.defaultFolder = temp.resolve("default-folder");
    }

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = new CliContext(Messages.english(), new PrintWriter(out, true), new PrintWriter(err, true),
                defaultFolder, new Databases(), (folder, given) -> 0);
        return CoplanCli.create(context).execute(args);
    }

    /** {@code coplan --db FOLDER ARGS}. */
    int runOn(Path folder, String... args) {
        List<String> withDatabase = new ArrayList<>(List.of("--db", folder.toString()));
        withDatabase.addAll(List.of(args));
        return run(withDatabase.toArray(String[]::new));
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    static PlanDatabase open(Path folder) {
        return H2PlanDatabase.openFile(folder, ChangeAuthor.newReplica("tester"));
    }

    /** Opens plain databases, and encrypts and decrypts them as the composition root's opener does. */
    private static final class Databases implements DatabaseOpener {

        @Override
        public PlanDatabase open(Path folder) {
            return CommandRunner.open(folder);
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
}
