package org.coplan.ui.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.coplan.l10n.Messages;
import org.coplan.l10n.Problem;
import org.coplan.service.sync.ConflictResolution;
import org.coplan.ui.common.Notifier;
import org.coplan.ui.common.TaskRunner;
import org.coplan.ui.conflicts.ConflictsViewModel.ConflictRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Conflicts view's model over two real replicas, with work run inline. */
class ConflictsViewModelTest {

    private TwoReplicas replicas;
    private final List<String> told = new ArrayList<>();
    private final AtomicInteger planReloads = new AtomicInteger();
    private ConflictsViewModel atAnna;

    @BeforeEach
    void twoReplicasThatEditedOneItem() {
        replicas = new TwoReplicas();
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
        atAnna = new ConflictsViewModel(new ConflictResolution(replicas.anna, replicas.anna), Messages.english(),
                notifier, TaskRunner.inline(), planReloads::incrementAndGet, ZoneOffset.UTC);
    }

    @AfterEach
    void close() {
        replicas.close();
    }

    @Test
    void withoutConflictsTheTableIsEmptyAndTheHintSaysNothing() {
        atAnna.refresh();

        assertThat(atAnna.rows()).isEmpty();
        assertThat(atAnna.countProperty().get()).isZero();
        assertThat(atAnna.hintProperty().get()).isEmpty();
        assertThat(atAnna.cannotDecide().get()).isTrue();
    }

    @Test
    void onlyTheFieldBothSidesChangedIsListedWithBothValuesAndTheirReplica() {
        replicas.editConcurrently();
        replicas.exchange();

        atAnna.refresh();

        assertThat(atAnna.rows()).singleElement().satisfies(row -> {
            assertThat(row.item()).isEqualTo("1 Survey of laboratories");
            assertThat(row.field()).isEqualTo("Deliverable");
            assertThat(row.mine()).isEqualTo("Anna's report");
            assertThat(row.theirs()).isEqualTo("Boris's report");
            assertThat(row.from()).startsWith("boris@");
            assertThat(row.when()).isNotBlank();
        });
        assertThat(atAnna.selectedProperty().get()).isSameAs(atAnna.rows().getFirst());
        assertThat(atAnna.hintProperty().get()).isEqualTo("1 open conflict");
        assertThat(atAnna.cannotDecide().get()).isFalse();
    }

    @Test
    void keepingTheirsChangesThePlanLeavesTheListAndReloadsTheWindow() {
        replicas.editConcurrently();
        replicas.exchange();
        atAnna.refresh();

        atAnna.keepTheirs();

        assertThat(atAnna.rows()).isEmpty();
        assertThat(atAnna.hintProperty().get()).isEmpty();
        assertThat(planReloads).hasValue(1);
        assertThat(told).containsExactly("Kept Boris's report for 1 Survey of laboratories, Deliverable.");
        String deliverable = replicas.anna.read(store ->
                store.workItems().find(replicas.itemId).orElseThrow().deliverable());
        assertThat(deliverable).isEqualTo("Boris's report");
    }

    @Test
    void keepingMineAndExchangingLeavesBothReplicasIdentical() {
        replicas.editConcurrently();
        replicas.exchange();
        atAnna.refresh();

        atAnna.keepMine();
        replicas.exchange();

        assertThat(replicas.borissPlan()).isEqualTo(replicas.annasPlan())
                .contains("work_item/" + replicas.itemId + "/deliverable=\"Anna's report\"");
        atAnna.refresh();
        assertThat(atAnna.rows()).extracting(ConflictRow::field).isEmpty();
    }
}
