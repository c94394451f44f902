package org.coplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who signed an imported package, in text and JSON; {@code package export --for REPLICA}. */
class SignedPackageCommandsTest {

    private static final String FINGERPRINT = "[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}";

    @TempDir
    Path temp;

    private CommandRunner cli;

    @BeforeEach
    void runner() {
        cli = new CommandRunner(temp);
    }

    private String replicaId(Path db) {
        assertThat(cli.runOn(db, "replica", "info")).isZero();
        return cli.out().lines().findFirst().orElseThrow().substring("Replica: ".length());
    }

    @Test
    void anImportSaysWhoSignedThePackageAndWhetherTheKeyIsNewOrKnown() throws IOException {
        Path anna = temp.resolve("anna");
        Path boris = temp.resolve("boris");
        Path first = temp.resolve("first.coplan");
        Path second = temp.resolve("second.coplan");
        cli.runOn(anna, "generate", "--items", "5");
        assertThat(cli.runOn(anna, "package", "export", "-o", first.toString())).isZero();
        cli.runOn(anna, "generate", "--items", "2");
        cli.runOn(anna, "package", "export", "-o", second.toString());

        assertThat(cli.runOn(boris, "package", "import", first.toString(), "--json")).isZero();
        JsonNode firstReport = new ObjectMapper().readTree(cli.out());
        assertThat(cli.runOn(boris, "package", "import", second.toString())).isZero();
        List<String> secondLines = cli.out().lines().toList();

        assertThat(firstReport.get("signedBy").get("key").asText()).isEqualTo("new");
        String fingerprint = firstReport.get("signedBy").get("fingerprint").asText();
        assertThat(fingerprint).matches(FINGERPRINT);
        assertThat(secondLines.get(1)).isEqualTo("Signed by " + firstReport.get("senderName").asText()
                + " (known key " + fingerprint + ").");
        assertThat(cli.runOn(anna, "replica", "info")).isZero();
        assertThat(cli.out()).contains("Signing key: " + fingerprint);
        assertThat(cli.runOn(boris, "replica", "info")).isZero();
        assertThat(cli.out()).contains("Signing key: none yet");
    }

    @Test
    void aPackageForOneColleagueCarriesOnlyWhatThatColleagueHasNotAcknowledged() {
        Path anna = temp.resolve("anna");
        Path boris = temp.resolve("boris");
        Path chingiz = temp.resolve("chingiz");
        Path base = temp.resolve("base.coplan");
        Path back = temp.resolve("back.coplan");
        Path hello = temp.resolve("hello.coplan");
        // Chingiz introduces himself before he has anything: Anna knows him, and knows he has nothing of hers
        cli.runOn(chingiz, "package", "export", "-o", hello.toString());
        cli.runOn(anna, "generate", "--items", "5");
        cli.runOn(anna, "package", "import", hello.toString());
        cli.runOn(anna, "package", "export", "-o", base.toString());
        cli.runOn(boris, "package", "import", base.toString());
        cli.runOn(boris, "package", "export", "-o", back.toString());
        cli.runOn(anna, "package", "import", back.toString());

        assertThat(cli.runOn(anna, "package", "export", "--for", replicaId(boris), "-o",
                temp.resolve("for-boris.coplan").toString())).isZero();
        String forBoris = cli.out();
        assertThat(cli.runOn(anna, "package", "export", "--for", replicaId(chingiz), "-o",
                temp.resolve("for-chingiz.coplan").toString())).isZero();
        String forChingiz = cli.out();

        assertThat(forBoris).matches(
                "(?s)Wrote .*for-boris\\.coplan: 0 changes that tester@.* has not acknowledged yet\\.\\s*");
        assertThat(forChingiz).doesNotContain(": 0 changes").contains("for-chingiz.coplan");
        assertThat(cli.runOn(anna, "package", "export", "--full", "--for", replicaId(boris), "-o",
                temp.resolve("x.coplan").toString())).isEqualTo(2);
        assertThat(cli.err()).startsWith("Give either --full or --for");
        assertThat(cli.runOn(anna, "package", "export", "--for", "nobody", "-o",
                temp.resolve("x.coplan").toString())).isEqualTo(2);
        assertThat(cli.err()).startsWith("This plan knows no replica nobody. Known replicas: tester@");
    }
}
