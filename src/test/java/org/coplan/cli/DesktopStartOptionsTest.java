package org.coplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coplan.l10n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesktopStartOptionsTest {

    @TempDir
    Path temp;

    private final StringWriter err = new StringWriter();
    private final List<DesktopStart> starts = new ArrayList<>();

    private int run(String... args) {
        DesktopLauncher launcher = new DesktopLauncher() {
            @Override
            public int launch(Path databaseFolder, boolean folderGiven) {
                throw new AssertionError("the window is opened with a DesktopStart");
            }

            @Override
            public int launch(DesktopStart start) {
                starts.add(start);
                return 0;
            }
        };
        CliContext context = new CliContext(Messages.english(), new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true), temp.resolve("default-folder"), folder -> {
                    throw new AssertionError("no command opens a database here");
                }, launcher);
        return CoplanCli.create(context).execute(args);
    }

    @Test
    void smokeOpensTheWindowAsASmokeTest() {
        assertThat(run("--smoke")).isZero();

        assertThat(starts).containsExactly(
                new DesktopStart(temp.resolve("default-folder"), false, Optional.empty(), true));
    }

    @Test
    void withoutArgumentsThePlainWindowOpens() {
        assertThat(run()).isZero();

        assertThat(starts).containsExactly(
                new DesktopStart(temp.resolve("default-folder"), false, Optional.empty(), false));
    }

    @Test
    void aPlanPackageFileIsHandedToTheWindowWithItsAbsolutePath() throws IOException {
        Path file = Files.writeString(temp.resolve("from-minsk.coplan"), "{}");
        Path folder = temp.resolve("plan");

        assertThat(run("--db", folder.toString(), file.toString())).isZero();

        assertThat(starts).containsExactly(new DesktopStart(folder, true, Optional.of(file.toAbsolutePath()), false));
        assertThat(starts.getFirst().packageFile().orElseThrow().isAbsolute()).isTrue();
    }

    @Test
    void aMistypedCommandIsRefusedWithoutOpeningTheWindow() {
        assertThat(run("infoo")).isEqualTo(2);

        assertThat(starts).isEmpty();
        assertThat(err.toString()).startsWith("Unknown command or option: infoo.");
    }

    @Test
    void aMissingPackageFileIsRefusedWithoutOpeningTheWindow() {
        Path missing = temp.resolve("gone.coplan");

        assertThat(run(missing.toString())).isEqualTo(2);

        assertThat(starts).isEmpty();
        assertThat(err.toString().strip()).isEqualTo("There is no plan package file " + missing + ".");
    }

    @Test
    void smokeWithAFileIsRefused() throws IOException {
        Path file = Files.writeString(temp.resolve("from-minsk.coplan"), "{}");

        assertThat(run("--smoke", file.toString())).isEqualTo(2);

        assertThat(starts).isEmpty();
        assertThat(err.toString()).contains("--smoke takes no file");
    }

    @Test
    void commandsStillRunAsCommands() {
        assertThat(run("bench", "--help")).isZero();

        assertThat(starts).isEmpty();
    }
}
