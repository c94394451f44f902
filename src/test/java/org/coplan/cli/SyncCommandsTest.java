package org.coplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code replica info}, {@code package export/import} and {@code dump} between two database folders. */
class SyncCommandsTest {

    @TempDir
    Path temp;

    private CommandRunner cli;

    @BeforeEach
    void runner() {
        cli = new CommandRunner(temp);
    }

    private int run(String... args) {
        return cli.run(args);
    }


    private String dump(Path db) {
        assertThat(run("--db", db.toString(), "dump")).isZero();
        return cli.out();
    }

    @Test
    void aFullPackageExportedFromOneFolderMakesAnotherDumpTheSame() throws IOException {
        Path anna = temp.resolve("anna");
        Path boris = temp.resolve("boris");
        Path file = temp.resolve("out/anna.coplan");
        run("--db", anna.toString(), "sample");

        assertThat(run("--db", anna.toString(), "package", "export", "--full", "-o", file.toString())).isZero();
        assertThat(cli.out()).startsWith("Wrote " + file.toAbsolutePath().normalize() + ": the whole plan, ");
        assertThat(run("--db", boris.toString(), "package", "import", file.toString(), "--json")).isZero();

        JsonNode report = new ObjectMapper().readTree(cli.out());
        assertThat(report.get("inserted").asInt()).isPositive();
        assertThat(report.get("duplicates").asInt()).isZero();
        assertThat(report.get("conflicts")).isEmpty();
        assertThat(cli.err()).isEmpty();
        assertThat(dump(boris)).isEqualTo(dump(anna)).contains("programme/");
        assertThat(run("--db", boris.toString(), "backup", "list")).isZero();
        assertThat(cli.out()).as("the plan was backed up before the import").contains("before an import");
    }

    @Test
    void aSecondImportOfTheSamePackageReportsEveryChangeAsAlreadyHere() {
        Path anna = temp.resolve("anna");
        Path boris = temp.resolve("boris");
        Path file = temp.resolve("anna.coplan");
        run("--db", anna.toString(), "generate", "--items", "20", "--links", "10");
        run("--db", anna.toString(), "package", "export", "-o", file.toString());
        run("--db", boris.toString(), "package", "import", file.toString());
        String once = dump(boris);

        assertThat(run("--db", boris.toString(), "package", "import", file.toString())).isZero();

        assertThat(cli.out().lines().findFirst().orElseThrow()).matches(
                "Imported the package of tester@.*: ([0-9,]+) changes, \\1 of them already here\\.");
        assertThat(dump(boris)).isEqualTo(once);
    }

    @Test
    void aDryRunChangesNothing() {
        Path anna = temp.resolve("anna");
        Path boris = temp.resolve("boris");
        Path file = temp.resolve("anna.coplan");
        run("--db", anna.toString(), "generate", "--items", "5");
        run("--db", anna.toString(), "package", "export", "-o", file.toString());
        String before = dump(boris);

        assertThat(run("--db", boris.toString(), "package", "import", file.toString(), "--dry-run")).isZero();

        assertThat(cli.out()).startsWith("Would import the package of ").contains("Nothing was changed.");
        assertThat(dump(boris)).isEqualTo(before);
        assertThat(run("--db", boris.toString(), "backup", "list")).isZero();
        assertThat(cli.out()).as("a dry run takes no backup").doesNotContain("before an import");
    }

    @Test
    void aRefusedPackageExitsWith2AndOneLineAndLeavesThePlanAsItWas() throws IOException {
        Path boris = temp.resolve("boris");
        Path file = temp.resolve("minutes.coplan");
        Files.writeString(file, "Minutes of the working group");
        run("--db", boris.toString(), "generate", "--items", "5");
        String before = dump(boris);

        assertThat(run("--db", boris.toString(), "package", "import", file.toString())).isEqualTo(2);

        assertThat(cli.err().lines().toList()).containsExactly("Refused minutes.coplan: it is not a Coplan plan "
                + "package (the file does not start with COPLANPK).");
        assertThat(cli.out()).isEmpty();
        assertThat(dump(boris)).isEqualTo(before);
    }

    @Test
    void replicaInfoNamesThisReplicaAndWhatItHoldsOfOthers() {
        Path anna = temp.resolve("anna");
        Path boris = temp.resolve("boris");
        Path file = temp.resolve("anna.coplan");
        run("--db", anna.toString(), "generate", "--items", "5");
        run("--db", anna.toString(), "package", "export", "-o", file.toString());
        run("--db", boris.toString(), "package", "import", file.toString());

        assertThat(run("--db", boris.toString(), "replica", "info")).isZero();

        List<String> lines = cli.out().lines().toList();
        assertThat(lines.get(0)).matches("Replica: [0-9a-f-]{36}");
        assertThat(lines.get(1)).startsWith("Name: tester@");
        assertThat(lines.get(2)).isEqualTo("Changes made here: 0");
        assertThat(lines.get(3)).matches("Holds from tester@.* \\([0-9a-f-]{36}\\): [0-9,]+ changes");
        assertThat(lines.getLast()).isEqualTo("Open conflicts: 0");
    }
}
