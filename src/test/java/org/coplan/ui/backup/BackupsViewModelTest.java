package org.coplan.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.coplan.domain.WorkItem;
import org.coplan.l10n.Messages;
import org.coplan.l10n.Problem;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.backup.BackupPolicy;
import org.coplan.service.port.BackupReason;
import org.coplan.service.sample.SamplePlan;
import org.coplan.ui.backup.BackupsViewModel.BackupRow;
import org.coplan.ui.common.Notifier;
import org.coplan.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Backups dialog's model over a real database folder, with work run inline. */
class BackupsViewModelTest {

    @TempDir
    Path folder;

    private H2PlanDatabase database;
    private BackupPolicy policy;
    private final List<String> told = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();
    private final AtomicInteger reloads = new AtomicInteger();
    private boolean answer = true;
    private BackupsViewModel model;

    @BeforeEach
    void open() {
        database = H2PlanDatabase.openFile(folder, ChangeAuthor.newReplica("tester"));
        new SamplePlan(database).load();
        policy = new BackupPolicy(database, Clock.systemUTC());
        Notifier notifier = new Notifier() {
            @Override
            public void info(String text) {
                told.add(text);
            }

            @Override
            public void error(Problem problem) {
                told.add(problem.englishText());
            }

            @Override
            public void failure(String text, Throwable cause) {
                told.add(text + ": " + cause);
            }
        };
        model = new BackupsViewModel(policy, Messages.english(), notifier, TaskRunner.inline(), (question, button) -> {
            asked.add(question);
            return answer;
        }, reloads::incrementAndGet, ZoneOffset.UTC);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theListShowsTheBackupsNewestFirstWithTheNewestSelected() {
        policy.afterOpening();
        policy.manual();

        model.refresh();

        assertThat(model.rows()).extracting(BackupRow::reason).containsExactly("by hand", "on opening");
        assertThat(model.selectedProperty().get()).isEqualTo(model.rows().getFirst());
        assertThat(model.rows().getFirst().items()).isEqualTo(Long.toString(itemCount()));
        assertThat(model.keepProperty().get()).isEqualTo(BackupPolicy.DEFAULT_KEEP);
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void backingUpNowAddsABackupAndSaysWhere() {
        model.refresh();

        model.backUpNow();

        assertThat(model.rows()).hasSize(1);
        assertThat(told).singleElement().asString().startsWith("Backed up into ").contains("backups");
    }

    @Test
    void nothingIsRestoredWhenTheUserDeclines() {
        policy.manual();
        model.refresh();
        rename("Declined");
        answer = false;

        model.restoreSelected();

        assertThat(asked).singleElement().asString().startsWith("Replace the plan with the backup of");
        assertThat(names()).contains("Declined");
        assertThat(reloads).hasValue(0);
    }

    @Test
    void restoringBringsTheBackedUpPlanBackAndReloadsTheWindow() {
        policy.manual();
        model.refresh();
        rename("Changed later");

        model.restoreSelected();

        assertThat(names()).doesNotContain("Changed later");
        assertThat(model.restoredProperty().get()).isTrue();
        assertThat(reloads).hasValue(1);
        assertThat(policy.list()).extracting(b -> b.reason()).first().isEqualTo(BackupReason.BEFORE_RESTORE);
    }

    @Test
    void keepingFewerDeletesTheOldestAtOnce() {
        for (int i = 0; i < 4; i++) {
            policy.afterOpening();
        }
        model.refresh();

        model.applyKeep(2);

        assertThat(model.rows()).hasSize(2);
        assertThat(model.keepProperty().get()).isEqualTo(2);
        assertThat(policy.keep()).isEqualTo(2);
    }

    private long itemCount() {
        return database.read(store -> store.workItems().count());
    }

    private void rename(String name) {
        database.writeVoid(store -> {
            WorkItem item = store.workItems().findAll().getFirst();
            store.workItems().update(item, item.withName(name));
        });
    }

    private List<String> names() {
        return database.read(store -> store.workItems().findAll()).stream().map(WorkItem::name).toList();
    }
}
