package org.coplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code Coplan.main} as the jar does, in a process of its own, to see what a user sees: the exit code
 * and nothing on standard error but Coplan's own line (no library start-up notes, no stack trace).
 */
class CoplanTest {

    @TempDir
    Path temp;

    private record Outcome(int exitCode, String out, String err) {
    }

    private Outcome coplan(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-XX:TieredStopAtLevel=1", "-Duser.language=en", "-Duser.country=GB",
                "-cp", System.getProperty("java.class.path"), Coplan.class.getName()));
        command.addAll(List.of(args));
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void commandsPrintOnlyTheirOwnTextAndEndWithTheirExitCode() throws Exception {
        String db = temp.resolve("plan").toString();

        Outcome generated = coplan("--db", db, "generate", "--items", "40", "--links", "30");
        assertThat(generated.err()).isEmpty();
        assertThat(generated.exitCode()).isZero();
        assertThat(generated.out().lines()).singleElement().asString().startsWith("Generated 40 work items");

        Outcome info = coplan("info", "--json", "--db", db);
        assertThat(info.exitCode()).isZero();
        assertThat(info.err()).isEmpty();
        assertThat(info.out()).startsWith("{").contains("\"items\":40", "\"dependencies\":30")
                .endsWith("}" + System.lineSeparator());

        Outcome refused = coplan("--db", db, "sample");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().lines()).singleElement().asString()
                .startsWith("The plan database already holds programmes");
    }
}
