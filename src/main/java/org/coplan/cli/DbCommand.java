package org.coplan.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.concurrent.Callable;
import org.coplan.domain.PlanRuleViolation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code db encrypt|decrypt [--passphrase-file FILE]}: encrypts the plan database for a laptop that travels, or
 * takes the encryption off (docs/threat-model.md). The database must be closed. Without a passphrase file the
 * passphrase is asked for on the terminal (twice when encrypting), never echoed.
 */
@Command(name = "db", mixinStandardHelpOptions = true)
final class DbCommand implements Callable<Integer> {

    @ParentCommand
    CoplanCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** The passphrase: the first line of {@code file}, or typed at the terminal. */
    static char[] passphrase(Path file, CliContext context, boolean confirm) {
        if (file != null) {
            try {
                String line = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("");
                return requireNotEmpty(line.toCharArray());
            } catch (IOException unreadable) {
                throw PlanRuleViolation.of("cli.db.passphrase-file-unreadable", file,
                        String.valueOf(unreadable.getMessage()));
            }
        }
        Console console = System.console();
        if (console == null) {
            throw PlanRuleViolation.of("cli.db.passphrase-needed");
        }
        char[] typed = requireNotEmpty(console.readPassword("%s", context.messages().tr("cli.db.passphrase-prompt")));
        if (confirm) {
            char[] again = console.readPassword("%s", context.messages().tr("cli.db.passphrase-again"));
            boolean same = Arrays.equals(typed, again);
            Arrays.fill(again == null ? new char[0] : again, '\0');
            if (!same) {
                Arrays.fill(typed, '\0');
                throw PlanRuleViolation.of("cli.db.passphrase-mismatch");
            }
        }
        return typed;
    }

    /** The passphrase is wiped once the conversion is over, whether or not it succeeded. */
    private static void convert(Path folder, char[] passphrase,
                                BiConsumer<Path, char[]> conversion) {
        try {
            conversion.accept(folder, passphrase);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    private static char[] requireNotEmpty(char[] passphrase) {
        if (passphrase == null || passphrase.length == 0) {
            throw PlanRuleViolation.of("cli.db.passphrase-empty");
        }
        return passphrase;
    }

    /** {@code db encrypt}. */
    @Command(name = "encrypt", mixinStandardHelpOptions = true)
    static final class Encrypt implements Callable<Integer> {

        private final CliContext context;

        @ParentCommand
        private DbCommand db;

        @Option(names = "--passphrase-file", paramLabel = "FILE", descriptionKey = "db.option.passphrase-file")
        private Path passphraseFile;

        Encrypt(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Path folder = db.parent.databaseFolder();
            convert(folder, passphrase(passphraseFile, context, true), context.databases()::encrypt);
            context.out().println(context.messages().tr("cli.db.encrypted", folder.toAbsolutePath()));
            context.out().flush();
            return 0;
        }
    }

    /** {@code db decrypt}. */
    @Command(name = "decrypt", mixinStandardHelpOptions = true)
    static final class Decrypt implements Callable<Integer> {

        private final CliContext context;

        @ParentCommand
        private DbCommand db;

        @Option(names = "--passphrase-file", paramLabel = "FILE", descriptionKey = "db.option.passphrase-file")
        private Path passphraseFile;

        Decrypt(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Path folder = db.parent.databaseFolder();
            convert(folder, passphrase(passphraseFile, context, false), context.databases()::decrypt);
            context.out().println(context.messages().tr("cli.db.decrypted", folder.toAbsolutePath()));
            context.out().flush();
            return 0;
        }
    }
}
