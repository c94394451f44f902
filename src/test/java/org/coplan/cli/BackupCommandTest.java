package org.coplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coplan.domain.WorkItem;
import org.coplan.l10n.Messages;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.port.PlanDatabase;
import org.coplan.service.sample.SamplePlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup list|create|restore} over a database folder, as a planner or a script would use them. */
class BackupCommandTest {

    @TempDir
    Path temp;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @Test
    void aBackupTakenByHandIsListedAndRestoredOverLaterChanges() throws Exception {
        long sampleItems;
        try (PlanDatabase database = open(db())) {
            new SamplePlan(database).load();
            sampleItems = database.read(store -> store.workItems().count());
        }
        assertThat(run("backup", "list")).isZero();
        assertThat(out.toString()).contains("No backups yet.");

        assertThat(run("backup", "create")).isZero();
        assertThat(out.toString()).contains("Backed up into", "by hand", sampleItems + " items");

        assertThat(run("backup", "list", "--json")).isZero();
        JsonNode listed = new ObjectMapper().readTree(out.toString()).get("backups");
        assertThat(listed).hasSize(1);
        String id = listed.get(0).get("id").asText();
        assertThat(listed.get(0).get("reason").asText()).isEqualTo("manual");
        assertThat(listed.get(0).get("items").asLong()).isEqualTo(sampleItems);

        try (PlanDatabase database = open(db())) {
            database.writeVoid(store -> {
                WorkItem item = store.workItems().findAll().getFirst();
                store.workItems().update(item, item.withName("Changed after the backup"));
            });
        }
        assertThat(run("backup", "restore", id)).isZero();
        assertThat(out.toString()).contains("Restored backup " + id);
        try (PlanDatabase database = open(db())) {
            assertThat(database.<Long>read(store -> store.workItems().count())).isEqualTo(sampleItems);
            assertThat(database.<List<WorkItem>>read(store -> store.workItems().findAll()))
                    .noneMatch(item -> item.name().equals("Changed after the backup"));
        }
        assertThat(run("backup", "list")).isZero();
        assertThat(out.toString()).contains("before a restore", "by hand");
    }

    @Test
    void restoringABackupThatIsNotThereExitsWithOneLine() {
        assertThat(run("backup", "restore", "20990101-000000-000-manual")).isEqualTo(2);

        assertThat(err.toString().lines()).singleElement().asString()
                .contains("There is no backup \"20990101-000000-000-manual\"");
        assertThat(out.toString()).isEmpty();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = new CliContext(Messages.english(), new PrintWriter(out, true), new PrintWriter(err, true),
                temp.resolve("default-folder"), BackupCommandTest::open, (folder, given) -> 0);
        List<String> withDatabase = new ArrayList<>(List.of("--db", db().toString()));
        withDatabase.addAll(List.of(args));
        return CoplanCli.create(context).execute(withDatabase.toArray(String[]::new));
    }

    private static PlanDatabase open(Path folder) {
        return H2PlanDatabase.openFile(folder, ChangeAuthor.newReplica("tester"));
    }

    private Path db() {
        return temp.resolve("plan");
    }
}
