package org.coplan.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coplan.domain.WorkItem;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.PlanCounts;
import org.coplan.service.PlanRescheduling;
import org.coplan.service.PlanStatistics;
import org.coplan.service.port.BackupReason;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A plan database made by each released schema version (schemas/vN.mv.db: the sample plan, loaded by the
 * Coplan of that version with {@code coplan sample}) opens in this one: backed up first, migrated, with every
 * item, link and milestone, and it can be rescheduled, edited and reopened. Add a file here with every
 * migration.
 */
class OlderSchemaFilesTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "schema version {0}")
    @ValueSource(strings = {"1", "2", "3"})
    void aDatabaseFromAnOlderCoplanOpensWithEverythingInIt(String version) throws IOException {
        try (InputStream kept = OlderSchemaFilesTest.class.getResourceAsStream("schemas/v" + version + ".mv.db")) {
            Files.copy(kept, folder.resolve(H2PlanDatabase.FILE));
        }

        try (H2PlanDatabase database = H2PlanDatabase.openFile(folder, ChangeAuthor.newReplica("upgrader"))) {
            assertThat(database.backups().orElseThrow().list()).singleElement().satisfies(backup -> {
                assertThat(backup.reason()).isEqualTo(BackupReason.BEFORE_MIGRATION);
                assertThat(backup.schema()).isEqualTo(version);
                assertThat(backup.items()).isEqualTo(169);
            });
            PlanCounts counts = new PlanStatistics(database).counts();
            assertThat(counts.programmes()).isEqualTo(4);
            assertThat(counts.roadmaps()).isEqualTo(4);
            assertThat(counts.items()).isEqualTo(169);
            assertThat(counts.dependencies()).isEqualTo(102);
            assertThat(counts.milestones()).isEqualTo(54);
            assertThat(new PlanRescheduling(database).reschedule(null)).hasSize(4);
            database.writeVoid(store -> {
                WorkItem item = store.workItems().findAll().getFirst();
                store.workItems().update(item, item.withName("Edited after the upgrade"));
            });
        }

        try (H2PlanDatabase reopened = H2PlanDatabase.openFile(folder, ChangeAuthor.newReplica("upgrader"))) {
            assertThat(reopened.<List<WorkItem>>read(store -> store.workItems().findAll())).extracting(WorkItem::name)
                    .contains("Edited after the upgrade");
            assertThat(reopened.backups().orElseThrow().list()).as("no second migration, so no second backup")
                    .hasSize(1);
        }
    }
}
