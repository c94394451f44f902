package org.coplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import org.coplan.domain.WorkItem;
import org.coplan.service.port.PlanDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code conflicts list [--json]} and {@code conflicts resolve ID --keep mine|theirs} between two folders. */
class ConflictsCommandsTest {

    @TempDir
    Path temp;

    private CommandRunner cli;
    private Path anna;
    private Path boris;

    @BeforeEach
    void twoReplicasThatRenamedTheSameItem() {
        cli = new CommandRunner(temp);
        anna = temp.resolve("anna");
        boris = temp.resolve("boris");
        cli.runOn(anna, "generate", "--items", "3");
        exchange(anna, boris);
        UUID item = firstItem(anna);
        rename(anna, item, "Anna's name");
        rename(boris, item, "Boris's name");
        exchange(anna, boris);
        exchange(boris, anna);
    }

    private void exchange(Path from, Path to) {
        Path file = temp.resolve(UUID.randomUUID() + ".coplan");
        assertThat(cli.runOn(from, "package", "export", "-o", file.toString())).isZero();
        assertThat(cli.runOn(to, "package", "import", file.toString())).isZero();
    }

    private static UUID firstItem(Path folder) {
        try (PlanDatabase database = CommandRunner.open(folder)) {
            return database.read(store -> store.roadmaps().findAll().stream()
                    .flatMap(roadmap -> store.workItems().findByRoadmap(roadmap.id()).stream())
                    .map(WorkItem::id).sorted().findFirst().orElseThrow());
        }
    }

    private static void rename(Path folder, UUID id, String name) {
        try (PlanDatabase database = CommandRunner.open(folder)) {
            database.writeVoid(store -> {
                WorkItem item = store.workItems().find(id).orElseThrow();
                store.workItems().update(item, item.withName(name));
            });
        }
    }

    @Test
    void theOpenConflictIsListedAndKeepingTheirValueClosesItOnBothSides() throws IOException {
        assertThat(cli.runOn(anna, "conflicts", "list", "--json")).isZero();
        JsonNode listed = new ObjectMapper().readTree(cli.out()).get("conflicts");
        assertThat(listed).hasSize(1);
        JsonNode conflict = listed.get(0);
        assertThat(conflict.get("field").asText()).isEqualTo("name");
        assertThat(conflict.get("mine").asText()).isEqualTo("Anna's name");
        assertThat(conflict.get("theirs").asText()).isEqualTo("Boris's name");
        String id = conflict.get("id").asText();

        assertThat(cli.runOn(anna, "conflicts", "list")).isZero();
        assertThat(cli.out()).startsWith("Open conflicts: 1").contains(id + "  ")
                .contains("name: mine Anna's name, theirs Boris's name (from tester@");
        assertThat(cli.runOn(anna, "conflicts", "resolve", id.substring(0, 8), "--keep", "theirs")).isZero();
        assertThat(cli.out()).startsWith("Kept Boris's name for ");
        exchange(anna, boris);

        assertThat(cli.runOn(anna, "conflicts", "list")).isZero();
        assertThat(cli.out()).isEqualTo("No open conflicts." + System.lineSeparator());
        assertThat(cli.runOn(boris, "conflicts", "list")).isZero();
        assertThat(cli.out()).startsWith("No open conflicts.");
        assertThat(cli.runOn(anna, "dump")).isZero();
        String annasPlan = cli.out();
        assertThat(cli.runOn(boris, "dump")).isZero();
        assertThat(cli.out()).isEqualTo(annasPlan).contains("Boris's name").doesNotContain("Anna's name");
    }

    @Test
    void resolvingAnUnknownConflictExitsWith2() {
        assertThat(cli.runOn(anna, "conflicts", "resolve", "ffffffff", "--keep", "mine")).isEqualTo(2);

        assertThat(cli.err()).startsWith("There is no open conflict ffffffff");
    }
}
