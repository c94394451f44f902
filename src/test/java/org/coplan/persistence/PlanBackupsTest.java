package org.coplan.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.coplan.domain.WorkItem;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.port.Backup;
import org.coplan.service.port.BackupReason;
import org.coplan.service.port.DatabaseUnavailableException;
import org.coplan.service.port.PlanBackups;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups of a plan database: verified when taken, listed newest first, rotated, restored over the open plan
 * (which is backed up first), and taken before the schema of an older database is migrated. Whatever fails
 * leaves the plan as it was.
 */
class PlanBackupsTest {

    @TempDir
    Path folder;

    private final StoredPlan plan = new StoredPlan();

    @Test
    void aBackupIsVerifiedAndListed() {
        try (H2PlanDatabase database = open()) {
            database.writeVoid(plan::storeIn);

            Backup taken = backups(database).create(BackupReason.MANUAL);

            assertThat(taken.reason()).isEqualTo(BackupReason.MANUAL);
            assertThat(taken.items()).isEqualTo(4);
            assertThat(taken.schema()).isEqualTo("4");
            assertThat(taken.file()).exists().hasParent(folder.toAbsolutePath().resolve("backups"));
            assertThat(backups(database).list()).containsExactly(taken);
            assertThat(leftovers()).isEmpty();
        }
    }

    @Test
    void restoringBringsTheBackedUpPlanBackAndKeepsTheReplacedOne() {
        Backup taken;
        UUID restoredReplica;
        try (H2PlanDatabase database = open()) {
            database.writeVoid(plan::storeIn);
            taken = backups(database).create(BackupReason.MANUAL);
            database.writeVoid(store -> store.workItems().delete(plan.elsewhere));

            UUID replicaBefore = database.author().replicaId();

            backups(database).restore(taken.id());

            assertThat(names(database)).contains(plan.elsewhere.name());
            assertThat(database.author().replicaId()).as("the restored plan goes on as a new replica")
                    .isNotEqualTo(replicaBefore);
            restoredReplica = database.author().replicaId();
            database.writeVoid(store -> store.workItems().update(plan.phase, plan.phase.withName("Studies")));
            assertThat(backups(database).list()).extracting(Backup::reason)
                    .containsExactly(BackupReason.BEFORE_RESTORE, BackupReason.MANUAL);
            Backup replaced = backups(database).list().getFirst();
            assertThat(replaced.items()).as("the plan as it was before the restore").isEqualTo(3);
        }
        try (H2PlanDatabase reopened = open()) {
            assertThat(names(reopened)).contains(plan.elsewhere.name(), "Studies");
            assertThat(reopened.author().replicaId()).isEqualTo(restoredReplica);
        }
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void rotationKeepsTheNewest() {
        try (H2PlanDatabase database = open()) {
            PlanBackups backups = backups(database);
            for (int i = 0; i < 4; i++) {
                backups.create(BackupReason.OPENED);
            }
            List<Backup> all = backups.list();

            List<Backup> deleted = backups.prune(2);

            assertThat(deleted).containsExactlyElementsOf(all.subList(2, 4));
            assertThat(backups.list()).containsExactlyElementsOf(all.subList(0, 2));
            assertThat(all.get(2).file()).doesNotExist();
        }
    }

    @Test
    void anUnknownOrDamagedBackupIsRefusedAndThePlanStaysAsItIs() throws IOException {
        try (H2PlanDatabase database = open()) {
            database.writeVoid(plan::storeIn);
            Backup taken = backups(database).create(BackupReason.MANUAL);
            Files.write(taken.file(), new byte[] {'P', 'K', 3, 4, 0, 0, 1});

            assertThatThrownBy(() -> backups(database).restore("20990101-000000-000-manual"))
                    .isInstanceOfSatisfying(DatabaseUnavailableException.class,
                            refused -> assertThat(refused.problem().key()).isEqualTo("error.backup-unknown"));
            assertThatThrownBy(() -> backups(database).restore(taken.id()))
                    .isInstanceOfSatisfying(DatabaseUnavailableException.class, refused -> {
                        assertThat(refused.problem().key()).isEqualTo("error.backup-unusable");
                        assertThat(refused.problem().englishText()).contains(taken.file().toString(), "zip");
                    });

            assertThat(names(database)).hasSize(4);
            assertThat(backups(database).list()).extracting(Backup::reason).containsExactly(BackupReason.MANUAL);
        }
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aBackupThatCannotBeWrittenLeavesNothingBehind() throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("backups"), "a file where the folder should be");
        try (H2PlanDatabase database = open()) {
            assertThatThrownBy(() -> backups(database).create(BackupReason.MANUAL))
                    .isInstanceOfSatisfying(DatabaseUnavailableException.class,
                            refused -> assertThat(refused.problem().key()).isEqualTo("error.backup-failed"));
            assertThat(backups(database).list()).isEmpty();
            database.read(store -> store.workItems().count());
        }
    }

    @Test
    void aDatabaseFromAnOlderCoplanIsBackedUpBeforeItsSchemaIsMigrated() {
        Flyway.configure().dataSource("jdbc:h2:file:" + folder.resolve("coplan") + ";WRITE_DELAY=0", "sa", "")
                .locations(SchemaMigration.LOCATION).target("1").load().migrate();

        try (H2PlanDatabase database = open()) {
            assertThat(backups(database).list()).singleElement().satisfies(backup -> {
                assertThat(backup.reason()).isEqualTo(BackupReason.BEFORE_MIGRATION);
                assertThat(backup.schema()).isEqualTo("1");
            });
        }
        try (H2PlanDatabase again = open()) {
            assertThat(backups(again).list()).as("a database already up to date is not backed up again").hasSize(1);
        }
    }

    @Test
    void aDatabaseInMemoryHasNoBackups() {
        try (H2PlanDatabase memory = H2PlanDatabase.openInMemory("backups-" + System.nanoTime(),
                ChangeAuthor.newReplica("tester"))) {
            assertThat(memory.backups()).isEqualTo(Optional.empty());
        }
    }

    private H2PlanDatabase open() {
        return H2PlanDatabase.openFile(folder, ChangeAuthor.newReplica("tester"), Clock.systemUTC());
    }

    private static PlanBackups backups(H2PlanDatabase database) {
        return database.backups().orElseThrow();
    }

    private static List<String> names(H2PlanDatabase database) {
        return database.read(store -> store.workItems().findAll()).stream().map(WorkItem::name).toList();
    }

    /** Temporary files a backup or a restore might have left: half backups, unpacked copies, replaced files. */
    private List<Path> leftovers() {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return name.endsWith(".part") || name.startsWith("backup-check-") || name.endsWith(".before-restore");
            }).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
