package org.coplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coplan.l10n.Messages;
import org.junit.jupiter.api.Test;

/** {@code bench schedule}: generates a plan in memory and times scheduling it; never opens a database. */
class ScheduleBenchCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<Path> databasesOpened = new ArrayList<>();

    private int run(String... args) {
        CliContext context = new CliContext(Messages.english(), new PrintWriter(out, true),
                new PrintWriter(err, true), Path.of("unused"), folder -> {
                    databasesOpened.add(folder);
                    throw new AssertionError("bench must not open a database");
                }, (folder, given) -> 0);
        return CoplanCli.create(context).execute(args);
    }

    @Test
    void jsonOutputIsExactlyOneObjectWithTheTimings() throws IOException {
        assertThat(run("bench", "schedule", "--items", "300", "--links", "600", "--edits", "50", "--json"))
                .isZero();

        List<JsonNode> values = new ArrayList<>();
        try (MappingIterator<JsonNode> iterator = new ObjectMapper().readerFor(JsonNode.class)
                .readValues(out.toString())) {
            iterator.forEachRemaining(values::add);
        }
        assertThat(values).hasSize(1);
        JsonNode result = values.getFirst();
        assertThat(result.get("items").asInt()).isEqualTo(300);
        assertThat(result.get("links").asInt()).isEqualTo(600);
        assertThat(result.get("edits").asInt()).isEqualTo(50);
        assertThat(result.get("fullPassMs").isNumber()).isTrue();
        assertThat(result.get("editP50Ms").asDouble()).isNotNegative()
                .isLessThanOrEqualTo(result.get("editP99Ms").asDouble());
        assertThat(result.get("projectFinish").asText()).matches("\\d{4}-\\d\\d-\\d\\d");
        assertThat(err.toString()).isEmpty();
        assertThat(databasesOpened).isEmpty();
    }

    @Test
    void plainOutputNamesThePlanTheFullPassAndTheEdits() {
        assertThat(run("bench", "schedule", "--items", "200", "--links", "300", "--edits", "20")).isZero();

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("Plan: 200 work items, 300 dependencies (seed 1).");
        assertThat(lines.get(1)).startsWith("Full pass: ").endsWith(" ms (median of 5, after warm-up).");
        assertThat(lines.get(2)).startsWith("Single-item edits (20): median ");
        assertThat(lines.get(3)).startsWith("Project finish: ");
    }

    @Test
    void anImpossibleNumberOfItemsIsRefusedWithOneLine() {
        assertThat(run("bench", "schedule", "--items", "0")).isEqualTo(2);

        assertThat(err.toString().lines().toList())
                .containsExactly("The number of work items must be between 1 and 1,000,000; 0 was given.");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void benchAloneListsWhatItCanMeasure() {
        assertThat(run("bench")).isZero();

        assertThat(out.toString()).contains("schedule");
    }
}
