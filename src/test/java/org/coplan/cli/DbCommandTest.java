package org.coplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code db encrypt} and {@code db decrypt} with a passphrase file, as a script on a travelling laptop runs them. */
class DbCommandTest {

    @TempDir
    Path temp;

    @Test
    void anEncryptedDatabaseNeedsItsPassphraseUntilItIsDecrypted() throws IOException {
        CommandRunner cli = new CommandRunner(temp);
        Path folder = temp.resolve("plan");
        Path passphrase = Files.writeString(temp.resolve("passphrase.txt"), "seven travelling words\n");
        Path wrong = Files.writeString(temp.resolve("wrong.txt"), "eight travelling words\n");
        assertThat(cli.runOn(folder, "sample")).isZero();

        assertThat(cli.runOn(folder, "db", "encrypt", "--passphrase-file", passphrase.toString())).isZero();
        assertThat(cli.out()).contains("Encrypted the plan database in " + folder.toAbsolutePath());

        assertThat(cli.runOn(folder, "info")).isNotZero();
        assertThat(cli.err()).contains("is encrypted");
        assertThat(cli.runOn(folder, "db", "decrypt", "--passphrase-file", wrong.toString())).isNotZero();
        assertThat(cli.err()).contains("The passphrase does not open the plan database");
        assertThat(cli.runOn(folder, "db", "encrypt", "--passphrase-file", passphrase.toString())).isNotZero();
        assertThat(cli.err()).contains("is already encrypted");

        assertThat(cli.runOn(folder, "db", "decrypt", "--passphrase-file", passphrase.toString())).isZero();
        assertThat(cli.out()).contains("is no longer encrypted");
        assertThat(cli.runOn(folder, "info")).isZero();
    }

    @Test
    void anEmptyPassphraseFileIsRefused() throws IOException {
        CommandRunner cli = new CommandRunner(temp);
        Path folder = temp.resolve("plan");
        assertThat(cli.runOn(folder, "sample")).isZero();
        Path empty = Files.writeString(temp.resolve("empty.txt"), "\n");

        assertThat(cli.runOn(folder, "db", "encrypt", "--passphrase-file", empty.toString())).isNotZero();

        assertThat(cli.err()).contains("The passphrase is empty");
        assertThat(cli.runOn(folder, "info")).isZero();
    }
}
