package org.coplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.exchange.imports.InteropCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import FILE}: counts on standard output, one JSON object with --json, a refused file exits 2. */
class ImportCommandTest {

    private static final String NESTED_GAN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <project name="Joint study" version="3.3.3309">
              <tasks>
                <task id="1" name="Study" meeting="false" start="2025-03-03" duration="10" complete="0">
                  <task id="2" name="Survey" meeting="false" start="2025-03-03" duration="5" complete="50">
                    <depend id="3" type="2" difference="2" hardness="Strong"/>
                  </task>
                  <task id="3" name="Report" meeting="false" start="2025-03-12" duration="3" complete="0">
                    <depend id="4" type="1" difference="0" hardness="Strong"/>
                  </task>
                </task>
                <task id="4" name="Report agreed" meeting="true" start="2025-03-17" duration="0" complete="0"/>
              </tasks>
            </project>
            """;

    @TempDir
    Path temp;

    private CommandRunner cli;

    @BeforeEach
    void runner() {
        cli = new CommandRunner(temp);
    }

    private int run(String... args) {
        return cli.runOn(temp.resolve("plan"), args);
    }


    private JsonNode onlyJsonObject() throws IOException {
        List<JsonNode> values = new ArrayList<>();
        try (MappingIterator<JsonNode> iterator = new ObjectMapper().readerFor(JsonNode.class)
                .readValues(cli.out())) {
            iterator.forEachRemaining(values::add);
        }
        assertThat(values).as(cli.out()).singleElement().satisfies(value -> assertThat(value.isObject()).isTrue());
        return values.getFirst();
    }

    private Path ganFile(String content) throws IOException {
        return Files.writeString(temp.resolve("study.gan"), content);
    }

    @Test
    void jsonIsOneObjectWithTheCountsOfWhatCameIn() throws IOException {
        assertThat(run("import", ganFile(NESTED_GAN).toString(), "--json")).as(cli.err()).isZero();
        JsonNode json = onlyJsonObject();
        assertThat(json.get("items").asInt()).isEqualTo(4);
        assertThat(json.get("summaries").asInt()).isEqualTo(1);
        assertThat(json.get("milestones").asInt()).isEqualTo(1);
        assertThat(json.get("links").get("FS").asInt()).isEqualTo(1);
        assertThat(json.get("links").get("SS").asInt()).isEqualTo(1);
        assertThat(json.get("links").get("FF").asInt()).isZero();
        assertThat(json.get("links").get("SF").asInt()).isZero();
        assertThat(json.get("linksWithLag").asInt()).isEqualTo(1);
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void aSecondImportIntoTheSameProgrammeAddsARoadmapThere() throws IOException {
        Path file = ganFile(NESTED_GAN);
        assertThat(run("import", file.toString(), "--json")).isZero();
        String programme = onlyJsonObject().get("programme").asText();
        assertThat(run("import", file.toString(), "--programme", programme, "--json")).as(cli.err()).isZero();
        JsonNode second = onlyJsonObject();
        assertThat(second.get("programme").asText()).isEqualTo(programme);
        assertThat(run("info", "--json")).isZero();
        JsonNode info = onlyJsonObject();
        assertThat(info.get("programmes").asInt()).isEqualTo(1);
        assertThat(info.get("roadmaps").asInt()).isEqualTo(2);
        assertThat(info.get("items").asInt()).isEqualTo(8);
    }

    @Test
    void importingAnUpdatedFileIntoItsRoadmapChangesItInsteadOfDuplicating() throws IOException {
        Path file = ganFile(NESTED_GAN);
        assertThat(run("import", file.toString(), "--json")).isZero();
        String roadmap = onlyJsonObject().get("roadmap").asText();
        ganFile(NESTED_GAN.replace("duration=\"3\"", "duration=\"6\"").replace("name=\"Report\"",
                "name=\"Final report\""));

        assertThat(run("import", file.toString(), "--into", roadmap, "--json")).as(cli.err()).isZero();
        JsonNode update = onlyJsonObject();
        assertThat(update.get("roadmap").asText()).isEqualTo(roadmap);
        assertThat(update.get("added").asInt()).isZero();
        assertThat(update.get("changed").asInt()).isPositive();
        assertThat(update.get("removed").asInt()).isZero();
        assertThat(run("info", "--json")).isZero();
        JsonNode info = onlyJsonObject();
        assertThat(info.get("roadmaps").asInt()).isEqualTo(1);
        assertThat(info.get("items").asInt()).isEqualTo(4);
        assertThat(run("import", file.toString(), "--into", roadmap)).isZero();
        assertThat(cli.out()).contains("0 added, 0 changed, 0 removed");
    }

    @Test
    void importingIntoAnUnknownRoadmapIsRefused() throws IOException {
        assertThat(run("import", ganFile(NESTED_GAN).toString(), "--into", UUID.randomUUID().toString()))
                .isEqualTo(2);
        assertThat(cli.err().lines().toList()).singleElement().asString().contains("roadmap");
    }

    @Test
    void plainOutputNamesTheFileAndCounts() throws IOException {
        assertThat(run("import", ganFile(NESTED_GAN).toString())).isZero();
        assertThat(cli.out()).contains("study.gan", "GanttProject", "Items: 4 (one summary, one milestone)",
                "FS 1, SS 1, FF 0, SF 0; with a lag: 1");
        assertThat(run("backup", "list")).isZero();
        assertThat(cli.out()).as("the plan was backed up before the import").contains("before an import");
    }

    @Test
    void aCorruptFileExitsTwoWithOneLineNamingAttributeAndTaskAndStoresNothing() throws IOException {
        Path file = ganFile(NESTED_GAN.replace("duration=\"3\"", "duration=\"ARTIFICIALERROR\""));
        assertThat(run("import", file.toString(), "--json")).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err().lines().toList()).singleElement().asString()
                .contains("duration=\"ARTIFICIALERROR\"", "task 3", "Report");
        assertThat(Files.exists(temp.resolve("plan"))).as("no database was created").isFalse();
    }

    @Test
    void anUnknownFormatExitsTwoWithOneLine() throws IOException {
        Path file = Files.writeString(temp.resolve("notes.txt"), "Just some notes, not a plan.\n");
        assertThat(run("import", file.toString())).isEqualTo(2);
        assertThat(cli.err().lines().toList()).singleElement().asString()
                .contains("notes.txt", "not a plan file");
    }

    @Test
    void anUnknownProgrammeIsRefused() throws IOException {
        assertThat(run("import", ganFile(NESTED_GAN).toString(), "--programme", UUID.randomUUID().toString()))
                .isEqualTo(2);
        assertThat(cli.err().lines().toList()).singleElement().asString().contains("programme");
    }

    @Test
    void aPasswordProtectedMppExitsTwoWithOneLine() {
        Optional<Path> corpus = InteropCorpus.folder();
        assumeTrue(corpus.isPresent(), "the shared interop corpus (../shared/interop-corpus) is absent");
        Path file = corpus.get().resolve("mpxj-password-protected-mpp9.mpp");
        assertThat(run("import", file.toString(), "--json")).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err().lines().toList()).singleElement().asString()
                .contains("mpxj-password-protected-mpp9.mpp", "password");
    }

    @Test
    void theGermanMpxOfTheCorpusImportsWithItsCounts() throws IOException {
        Optional<Path> corpus = InteropCorpus.folder();
        assumeTrue(corpus.isPresent(), "the shared interop corpus (../shared/interop-corpus) is absent");
        assertThat(run("import", corpus.get().resolve("mpxj-sample.de.mpx").toString(), "--json"))
                .as(cli.err()).isZero();
        JsonNode json = onlyJsonObject();
        assertThat(json.get("items").asInt()).isEqualTo(19);
        assertThat(json.get("links").get("FS").asInt()).isEqualTo(3);
        assertThat(json.get("linksWithLag").asInt()).isEqualTo(2);
    }

    @Test
    void anExportedRoadmapImportsAgainWithTheSameCountsInBothFormats() throws IOException {
        assertThat(run("import", ganFile(NESTED_GAN).toString(), "--json")).isZero();
        JsonNode imported = onlyJsonObject();
        String roadmap = imported.get("roadmap").asText();
        for (String format : List.of("gan", "mspdi")) {
            Path exported = temp.resolve("exported-" + format);
            assertThat(run("export", "--roadmap", roadmap, "--format", format, "-o", exported.toString()))
                    .as(cli.err()).isZero();
            assertThat(cli.out()).contains("Exported 4 items and 2 links", exported.toString());
            assertThat(run("import", exported.toString(), "--json")).as(cli.err()).isZero();
            JsonNode again = onlyJsonObject();
            for (String key : List.of("items", "summaries", "milestones", "links", "linksWithLag")) {
                assertThat(again.get(key)).as(format + " " + key).isEqualTo(imported.get(key));
            }
        }
    }

    @Test
    void exportingAnUnknownRoadmapExitsTwo() {
        assertThat(run("export", "--roadmap", UUID.randomUUID().toString(), "--format", "gan", "-o",
                temp.resolve("x.gan").toString())).isEqualTo(2);
        assertThat(cli.err().lines().toList()).singleElement().asString().contains("roadmap");
    }
}
