package org.coplan.service.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.port.Backup;
import org.coplan.service.port.BackupReason;
import org.coplan.service.port.PlanBackups;
import org.coplan.service.port.PlanDatabase;
import org.coplan.service.port.PlanStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When backups are taken and how many are kept; the backups themselves are kept in memory here. */
class BackupPolicyTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");

    private final H2PlanDatabase settings = H2PlanDatabase.openInMemory("backup-policy-" + System.nanoTime(),
            ChangeAuthor.newReplica("tester"));
    private final RecordedBackups backups = new RecordedBackups();
    private Instant now = MONDAY;
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final BackupPolicy policy = new BackupPolicy(new WithBackups(settings, backups), clock);

    @AfterEach
    void close() {
        settings.close();
    }

    @Test
    void tenBackupsAreKeptUnlessTheUserChoosesAnotherNumber() {
        assertThat(policy.keep()).isEqualTo(BackupPolicy.DEFAULT_KEEP);
        for (int i = 0; i < 12; i++) {
            policy.afterOpening();
            now = now.plusSeconds(60);
        }
        assertThat(backups.list()).hasSize(10);

        policy.setKeep(3);

        assertThat(policy.keep()).isEqualTo(3);
        assertThat(backups.list()).hasSize(3).first().extracting(Backup::created)
                .isEqualTo(MONDAY.plusSeconds(11 * 60));
    }

    @Test
    void aNumberOutsideTheRangeIsRefusedAndAnUnreadableSettingFallsBackToTheDefault() {
        assertThatThrownBy(() -> policy.setKeep(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.setKeep(101)).isInstanceOf(IllegalArgumentException.class);
        settings.writeVoid(store -> store.settings().put(BackupPolicy.KEEP_SETTING, "many"));

        assertThat(policy.keep()).isEqualTo(BackupPolicy.DEFAULT_KEEP);
    }

    @Test
    void theDailyBackupIsTakenOnlyWhenTheNewestIsADayOld() {
        assertThat(policy.dailyIfDue()).as("no backup yet").isPresent();
        now = now.plus(Duration.ofHours(23));
        assertThat(policy.dailyIfDue()).isEmpty();
        now = now.plus(Duration.ofHours(1));
        assertThat(policy.dailyIfDue()).hasValueSatisfying(b -> assertThat(b.reason()).isEqualTo(BackupReason.DAILY));
    }

    @Test
    void importsAndTheUserTakeTheirOwnKindOfBackup() {
        assertThat(policy.beforeImport()).map(Backup::reason).contains(BackupReason.BEFORE_IMPORT);
        assertThat(policy.manual()).map(Backup::reason).contains(BackupReason.MANUAL);
    }

    @Test
    void aDatabaseWithoutFilesHasNoBackupsToTake() {
        BackupPolicy inMemory = new BackupPolicy(settings, clock);

        assertThat(inMemory.available()).isFalse();
        assertThat(inMemory.afterOpening()).isEmpty();
        assertThat(inMemory.dailyIfDue()).isEmpty();
        assertThat(inMemory.list()).isEmpty();
    }

    /** Backups as records in a list, stamped with the test's clock. */
    private final class RecordedBackups implements PlanBackups {

        private final List<Backup> taken = new ArrayList<>();

        @Override
        public Backup create(BackupReason reason) {
            Backup backup = new Backup("b" + taken.size(), Path.of("b" + taken.size() + ".zip"), now, reason, 1, 0, "2");
            taken.add(backup);
            return backup;
        }

        @Override
        public List<Backup> list() {
            return taken.stream().sorted(Comparator.comparing(Backup::created).reversed()).toList();
        }

        @Override
        public List<Backup> prune(int keep) {
            List<Backup> old = list().stream().skip(keep).toList();
            taken.removeAll(old);
            return old;
        }

        @Override
        public Backup restore(String id) {
            throw new UnsupportedOperationException("not needed here");
        }
    }

    /** The in-memory database for the settings, with the recorded backups. */
    private record WithBackups(PlanDatabase database, PlanBackups backupsOfIt) implements PlanDatabase {

        @Override
        public <T> T read(Function<PlanStore, T> work) {
            return database.read(work);
        }

        @Override
        public <T> T write(Function<PlanStore, T> work) {
            return database.write(work);
        }

        @Override
        public Path location() {
            return Path.of("recorded");
        }

        @Override
        public Optional<PlanBackups> backups() {
            return Optional.of(backupsOfIt);
        }

        @Override
        public void close() {
            database.close();
        }
    }
}
