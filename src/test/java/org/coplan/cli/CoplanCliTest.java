package org.coplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coplan.domain.WorkItem;
import org.coplan.l10n.Messages;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.port.PlanDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoplanCliTest {

    @TempDir
    Path temp;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();
    private final List<String> windowsOpened = new ArrayList<>();
    private Messages messages = Messages.english();
    private DatabaseOpener opener = CoplanCliTest::open;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = new CliContext(messages, new PrintWriter(out, true), new PrintWriter(err, true),
                temp.resolve("default-folder"), opener, (folder, given) -> {
                    windowsOpened.add(folder + " given=" + given);
                    return 0;
                });
        return CoplanCli.create(context).execute(args);
    }

    private static PlanDatabase open(Path folder) {
        return H2PlanDatabase.openFile(folder, ChangeAuthor.newReplica("tester"));
    }

    private Path db() {
        return temp.resolve("plan");
    }

    private JsonNode onlyJsonObject(String text) throws IOException {
        List<JsonNode> values = new ArrayList<>();
        try (MappingIterator<JsonNode> iterator = new ObjectMapper().readerFor(JsonNode.class).readValues(text)) {
            iterator.forEachRemaining(values::add);
        }
        assertThat(values).as(text).hasSize(1);
        assertThat(values.getFirst().isObject()).isTrue();
        return values.getFirst();
    }

    private List<String> errorLines() {
        return err.toString().lines().toList();
    }

    @Test
    void sampleThenInfoJsonPrintsExactlyOneObjectWithTheSampleCounts() throws IOException {
        assertThat(run("--db", db().toString(), "sample")).isZero();
        assertThat(out.toString()).startsWith("Loaded the sample plan: 4 programmes, 4 roadmaps");

        assertThat(run("--db", db().toString(), "info", "--json")).isZero();

        JsonNode info = onlyJsonObject(out.toString());
        assertThat(err.toString()).isEmpty();
        List<WorkItem> items;
        long links;
        try (PlanDatabase database = open(db())) {
            items = database.read(store -> store.workItems().findAll());
            links = database.read(store -> store.dependencies().findAll().size());
        }
        assertThat(info.get("programmes").asLong()).isEqualTo(4);
        assertThat(info.get("roadmaps").asLong()).isEqualTo(4);
        assertThat(info.get("items").asLong()).isEqualTo(items.size()).isBetween(80L, 240L);
        assertThat(info.get("dependencies").asLong()).isEqualTo(links).isPositive();
        assertThat(info.get("milestones").asLong()).isEqualTo(items.stream().filter(WorkItem::isMilestone).count());
        assertThat(info.get("states").asLong()).isEqualTo(9);
        assertThat(info.get("organizations").asLong()).isPositive();
        assertThat(info.get("database").asText()).isEqualTo(db().toAbsolutePath().normalize().toString());
    }

    @Test
    void generatedItemsAndLinksAreCountedByInfo() throws IOException {
        assertThat(run("--db", db().toString(), "generate", "--items", "2000", "--links", "4000", "--seed", "1"))
                .isZero();
        assertThat(out.toString()).startsWith("Generated 2,000 work items");

        assertThat(run("info", "--json", "--db", db().toString())).isZero();

        JsonNode info = onlyJsonObject(out.toString());
        assertThat(info.get("programmes").asLong()).isEqualTo(1);
        assertThat(info.get("roadmaps").asLong()).isEqualTo(1);
        assertThat(info.get("items").asLong()).isEqualTo(2000);
        assertThat(info.get("dependencies").asLong()).isEqualTo(4000);
        assertThat(info.get("milestones").asLong()).isBetween(100L, 300L);
        assertThat(info.get("states").asLong()).isEqualTo(9);
    }

    @Test
    void theSampleIsRefusedWithOneLineWhenTheDatabaseHoldsProgrammes() {
        run("--db", db().toString(), "generate", "--items", "10");

        assertThat(run("--db", db().toString(), "sample")).isEqualTo(2);

        assertThat(errorLines()).containsExactly(
                "The plan database already holds programmes, so the sample plan was not loaded. "
                        + "Name an empty folder with --db to try the sample.");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void plainInfoIsReadableText() {
        run("--db", db().toString(), "generate", "--items", "1500", "--links", "10");

        assertThat(run("--db", db().toString(), "info")).isZero();

        assertThat(out.toString().lines()).contains("Programmes: 1", "Work items: 1,500 (milestones: "
                + out.toString().lines().filter(l -> l.startsWith("Work items")).findFirst().orElseThrow()
                .replaceAll(".*milestones: ", ""), "Dependencies: 10");
    }

    @Test
    void aNegativeNumberOfItemsIsRefusedWithOneLineAndExitCode2() {
        assertThat(run("--db", db().toString(), "generate", "--items", "-5")).isEqualTo(2);

        assertThat(errorLines())
                .containsExactly("The number of work items must be between 1 and 1,000,000; -5 was given.");
        assertThat(out.toString()).isEmpty();
        assertThat(db()).doesNotExist();
    }

    @Test
    void moreLinksThanPairsOfItemsAreRefusedBeforeTheDatabaseIsTouched() {
        assertThat(run("--db", db().toString(), "generate", "--items", "3", "--links", "100")).isEqualTo(2);

        assertThat(errorLines()).singleElement().asString()
                .startsWith("100 dependencies do not fit among 3 work items");
        assertThat(db()).doesNotExist();
    }

    @Test
    void anUnknownCommandIsRefusedWithOneLine() {
        assertThat(run("--db", db().toString(), "frobnicate")).isEqualTo(2);

        assertThat(errorLines()).singleElement().asString()
                .startsWith("Unknown command or option: frobnicate.");
    }

    @Test
    void aMissingOrMalformedOptionValueIsRefusedWithOneLine() {
        assertThat(run("generate")).isEqualTo(2);
        assertThat(errorLines()).singleElement().asString().startsWith("Missing --items N.");

        assertThat(run("generate", "--items", "many")).isEqualTo(2);
        assertThat(errorLines()).singleElement().asString().contains("'many' is not an int");
    }

    @Test
    void aDatabaseOpenElsewhereIsRefusedWithTheFriendlyLine() {
        try (PlanDatabase elsewhere = open(db())) {
            assertThat(run("--db", db().toString(), "info", "--json")).isEqualTo(2);
        }

        assertThat(errorLines()).containsExactly("This plan database is already open in another Coplan window: "
                + db().toAbsolutePath().normalize());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anUnexpectedFailureIsOneLineWithExitCode1AndItsDetailsOnlyWhenVerbose() {
        opener = folder -> {
            throw new IllegalStateException("the disk caught fire\nat line two");
        };

        assertThat(run("--db", db().toString(), "info")).isEqualTo(1);
        assertThat(errorLines()).containsExactly("Coplan failed unexpectedly: java.lang.IllegalStateException: "
                + "the disk caught fire. Run the command again with --verbose to see the details.");

        assertThat(run("--db", db().toString(), "info", "--verbose")).isEqualTo(1);
        assertThat(errorLines()).hasSizeGreaterThan(2).anyMatch(line -> line.contains("at org.coplan.cli"));
    }

    @Test
    void errorsSpeakTheUsersLanguage() {
        messages = Messages.forLocale(Locale.forLanguageTag("ru-RU"));

        assertThat(run("--db", db().toString(), "generate", "--items", "0")).isEqualTo(2);

        assertThat(errorLines()).singleElement().asString().startsWith("Число работ должно быть от 1 до");
    }

    @Test
    void withoutACommandTheWindowOpensOnTheChosenOrTheDefaultFolder() {
        assertThat(run()).isZero();
        assertThat(run("--db", db().toString())).isZero();

        assertThat(windowsOpened).containsExactly(temp.resolve("default-folder") + " given=false",
                db() + " given=true");
    }

    @Test
    void helpListsTheCommandsAndDescribesTheOptionsFromTheBundle() {
        assertThat(run("--help")).isZero();

        assertThat(out.toString()).contains("info", "sample", "generate", "Folder of the plan database (default:",
                temp.resolve("default-folder") + ").");
        assertThat(run("generate", "--help")).isZero();
        assertThat(out.toString()).contains("--items=N", "Number of work items");
        assertThat(windowsOpened).isEmpty();
    }

    @Test
    void versionIsPrinted() {
        assertThat(run("--version")).isZero();

        assertThat(out.toString()).startsWith("Coplan ");
    }

    @Test
    void theSameSeedGeneratesTheSameShape() throws IOException {
        Path second = temp.resolve("second");
        run("--db", db().toString(), "generate", "--items", "500", "--links", "700", "--seed", "42");
        run("--db", second.toString(), "generate", "--items", "500", "--links", "700", "--seed", "42");

        assertThat(run("--db", db().toString(), "info", "--json")).isZero();
        JsonNode first = onlyJsonObject(out.toString());
        assertThat(run("--db", second.toString(), "info", "--json")).isZero();
        JsonNode again = onlyJsonObject(out.toString());
        assertThat(again.get("milestones")).isEqualTo(first.get("milestones"));
        assertThat(Files.exists(second)).isTrue();
    }
}
