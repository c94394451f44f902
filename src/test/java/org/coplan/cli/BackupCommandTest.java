package org.coplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.coplan.domain.WorkItem;
import org.coplan.service.port.PlanDatabase;
import org.coplan.service.sample.SamplePlan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup list|create|restore} over a database folder, as a planner or a script would use them. */
class BackupCommandTest {

    @TempDir
    Path temp;

    private CommandRunner cli;

    @BeforeEach
    void runner() {
        cli = new CommandRunner(temp);
    }

    private int run(String... args) {
        return cli.runOn(db(), args);
    }


    @Test
    void aBackupTakenByHandIsListedAndRestoredOverLaterChanges() throws Exception {
        long sampleItems;
        try (PlanDatabase database = CommandRunner.open(db())) {
            new SamplePlan(database).load();
            sampleItems = database.read(store -> store.workItems().count());
        }
        assertThat(run("backup", "list")).isZero();
        assertThat(cli.out()).contains("No backups yet.");

        assertThat(run("backup", "create")).isZero();
        assertThat(cli.out()).contains("Backed up into", "by hand", sampleItems + " items");

        assertThat(run("backup", "list", "--json")).isZero();
        JsonNode listed = new ObjectMapper().readTree(cli.out()).get("backups");
        assertThat(listed).hasSize(1);
        String id = listed.get(0).get("id").asText();
        assertThat(listed.get(0).get("reason").asText()).isEqualTo("manual");
        assertThat(listed.get(0).get("items").asLong()).isEqualTo(sampleItems);

        try (PlanDatabase database = CommandRunner.open(db())) {
            database.writeVoid(store -> {
                WorkItem item = store.workItems().findAll().getFirst();
                store.workItems().update(item, item.withName("Changed after the backup"));
            });
        }
        assertThat(run("backup", "restore", id)).isZero();
        assertThat(cli.out()).contains("Restored backup " + id);
        try (PlanDatabase database = CommandRunner.open(db())) {
            assertThat(database.<Long>read(store -> store.workItems().count())).isEqualTo(sampleItems);
            assertThat(database.<List<WorkItem>>read(store -> store.workItems().findAll()))
                    .noneMatch(item -> item.name().equals("Changed after the backup"));
        }
        assertThat(run("backup", "list")).isZero();
        assertThat(cli.out()).contains("before a restore", "by hand");
    }

    @Test
    void restoringABackupThatIsNotThereExitsWithOneLine() {
        assertThat(run("backup", "restore", "20990101-000000-000-manual")).isEqualTo(2);

        assertThat(cli.err().lines()).singleElement().asString()
                .contains("There is no backup \"20990101-000000-000-manual\"");
        assertThat(cli.out()).isEmpty();
    }

    private Path db() {
        return temp.resolve("plan");
    }
}
