package org.coplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench interop}: exports and imports a generated plan and one twice as large, printing the figures. */
class InteropBenchCommandTest {

    @TempDir
    Path temp;

    @Test
    void jsonGivesTheFiguresOfBothPlansAndTheirRatios() throws IOException {
        CommandRunner cli = new CommandRunner(temp);

        assertThat(cli.run("bench", "interop", "--items", "150", "--runs", "1", "--json")).as(cli.err()).isZero();

        JsonNode result = new ObjectMapper().readTree(cli.out());
        assertThat(result.get("plans")).hasSize(2);
        assertThat(result.get("plans").get(0).get("items").asInt()).isEqualTo(150);
        assertThat(result.get("plans").get(1).get("items").asInt()).isEqualTo(300);
        assertThat(result.get("plans").get(1).get("importMs").asLong()).isPositive();
        assertThat(result.get("importRatio").asDouble()).isPositive();
        assertThat(cli.out().lines().count()).isEqualTo(1);
    }

    @Test
    void aPlanTooSmallToMeasureIsRefused() {
        CommandRunner cli = new CommandRunner(temp);

        assertThat(cli.run("bench", "interop", "--items", "5")).isEqualTo(2);
        assertThat(cli.err().lines().toList()).singleElement();
    }
}
