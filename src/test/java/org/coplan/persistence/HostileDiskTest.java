package org.coplan.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import org.coplan.domain.WorkItem;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.port.Backup;
import org.coplan.service.port.BackupReason;
import org.coplan.service.port.DatabaseUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The disk fills up, the file system turns read-only, or the database file is deleted or replaced while a plan
 * is open: the edit under way is refused with a message that says so and names the folder, and the plan as
 * last acknowledged is there when the database is opened again (or, for a file that went, in the rescue
 * backup). A fault-injecting H2 file system stands in for the disk: the tests run as a user the real one would
 * not refuse.
 */
class HostileDiskTest {

    @TempDir
    Path folder;

    private final StoredPlan plan = new StoredPlan();

    @BeforeEach
    void healthyDisk() {
        FaultyDisk.install();
    }

    @AfterEach
    void heal() {
        FaultyDisk.heal();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "No space left on device | the disk is full",
            "Read-only file system   | the folder or the file is read-only, or you may not write there"})
    void aFailingDiskRefusesTheEditAndKeepsWhatWasAcknowledged(String systemMessage, String shown) {
        H2PlanDatabase database = H2PlanDatabase.openFile(folder, ChangeAuthor.newReplica("tester"),
                Clock.systemUTC(), FaultyDisk.SCHEME);
        database.writeVoid(plan::storeIn);
        database.writeVoid(store -> store.workItems().update(plan.phase, plan.phase.withName("Acknowledged")));

        FaultyDisk.failWritesWith(systemMessage);
        WorkItem current = plan.phase.withName("Acknowledged");
        assertThatThrownBy(() -> database.writeVoid(
                store -> store.workItems().update(current, current.withName("Never saved"))))
                .isInstanceOfSatisfying(DatabaseUnavailableException.class, refused -> {
                    assertThat(refused.problem().key()).isEqualTo("error.database-cannot-write");
                    assertThat(refused.problem().englishText()).contains(folder.toAbsolutePath().toString(), shown);
                });
        closeWhateverHappens(database);
        FaultyDisk.heal();

        try (H2PlanDatabase reopened = H2PlanDatabase.openFile(folder, ChangeAuthor.newReplica("tester"))) {
            List<String> names = reopened.<List<WorkItem>>read(store -> store.workItems().findAll()).stream()
                    .map(WorkItem::name).toList();
            assertThat(names).contains("Acknowledged", plan.activity.name(), plan.milestone.name())
                    .doesNotContain("Never saved");
        }
    }

    /** Closing a database whose disk failed may fail too; what matters is what the next opening finds. */
    private static void closeWhateverHappens(H2PlanDatabase database) {
        try {
            database.close();
        } catch (RuntimeException alreadyBroken) {
            // H2 closed its store when the write failed; the reopening below is the check
        }
    }

    @ParameterizedTest(name = "replaced by an older copy: {0}")
    @ValueSource(booleans = {false, true})
    void aFileDeletedOrReplacedWhileOpenRefusesTheEditAndRescuesThePlan(boolean replaced) throws IOException {
        Path file = folder.resolve(H2PlanDatabase.FILE);
        Path olderCopy = folder.resolveSibling(folder.getFileName() + "-older.mv.db");
        H2PlanDatabase database = H2PlanDatabase.openFile(folder, ChangeAuthor.newReplica("tester"));
        database.writeVoid(plan::storeIn);
        Files.copy(file, olderCopy, StandardCopyOption.REPLACE_EXISTING);
        database.writeVoid(store -> store.workItems().update(plan.phase, plan.phase.withName("Acknowledged")));

        Files.delete(file);
        if (replaced) {
            Files.copy(olderCopy, file);
        }
        WorkItem current = plan.phase.withName("Acknowledged");
        assertThatThrownBy(() -> database.writeVoid(
                store -> store.workItems().update(current, current.withName("Never saved"))))
                .isInstanceOfSatisfying(DatabaseUnavailableException.class, refused -> {
                    assertThat(refused.problem().key()).as(refused.problem().englishText())
                            .isEqualTo("error.database-file-gone");
                    assertThat(refused.problem().englishText()).contains(folder.toAbsolutePath().toString());
                });
        closeWhateverHappens(database);

        try (H2PlanDatabase reopened = H2PlanDatabase.openFile(folder, ChangeAuthor.newReplica("tester"))) {
            Backup rescue = reopened.backups().orElseThrow().list().stream()
                    .filter(b -> b.reason() == BackupReason.RESCUE).findFirst().orElseThrow();
            assertThat(rescue.items()).isEqualTo(4);
            reopened.backups().orElseThrow().restore(rescue.id());
            assertThat(reopened.<List<WorkItem>>read(store -> store.workItems().findAll())).extracting(WorkItem::name)
                    .contains("Acknowledged").doesNotContain("Never saved");
        }
    }
}
