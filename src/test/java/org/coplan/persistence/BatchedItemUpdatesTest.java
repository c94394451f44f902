package org.coplan.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.service.port.PlanStore;
import org.coplan.service.port.StaleDataException;
import org.coplan.service.sync.Change;
import org.coplan.service.sync.VersionVector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A reschedule's thousands of shifted items are written in batches, logged exactly as one-by-one updates. */
class BatchedItemUpdatesTest {

    private final StoredPlan plan = new StoredPlan();
    private final H2PlanDatabase batched = StoredPlan.freshDatabase();
    private final H2PlanDatabase oneByOne = StoredPlan.freshDatabase();

    @AfterEach
    void close() {
        batched.close();
        oneByOne.close();
    }

    private static WorkItem shifted(WorkItem item, int days) {
        return item.withSchedule(item.kind(), item.start().plusDays(days), item.finish().plusDays(days),
                item.durationDays());
    }

    private static List<Object> logOf(H2PlanDatabase database) {
        return database.readSync(store -> store.changesAfter(VersionVector.EMPTY)).stream()
                .map(change -> (Object) List.of(change.id().seq(), change.lamport(), change.entityId(), change.field(),
                        change.kind(), String.valueOf(change.value()), String.valueOf(priorSeq(change))))
                .toList();
    }

    private static Long priorSeq(Change change) {
        return change.prior() == null ? null : change.prior().seq();
    }

    private void inBoth(Consumer<PlanStore> setUp) {
        batched.writeVoid(setUp::accept);
        oneByOne.writeVoid(setUp::accept);
    }

    @Test
    void updatingManyItemsAtOnceStoresAndLogsWhatUpdatingThemOneByOneDoes() {
        inBoth(plan::storeIn);
        WorkItem activityRenamed = plan.activity.withName("Survey of needs");
        inBoth(store -> store.workItems().update(plan.activity, activityRenamed));
        WorkItem activityMoved = shifted(activityRenamed, 7);
        WorkItem milestoneMoved = shifted(plan.milestone, 7);
        WorkItem elsewhereMoved = shifted(plan.elsewhere, 14).withResponsibility(plan.armenia.id(), null,
                Set.of(plan.armenia.id()), null);
        WorkItem activityMovedAgain = shifted(activityMoved, 1);
        List<WorkItem> before = List.of(activityRenamed, plan.milestone, plan.elsewhere, plan.phase, activityMoved);
        List<WorkItem> after = List.of(activityMoved, milestoneMoved, elsewhereMoved, plan.phase, activityMovedAgain);

        int loggedBefore = logOf(batched).size();

        batched.writeVoid(store -> store.workItems().updateAll(before, after));
        oneByOne.writeVoid(store -> {
            for (int i = 0; i < before.size(); i++) {
                store.workItems().update(before.get(i), after.get(i));
            }
        });

        // two dates each, the lead state and participating states of one, the phase unchanged
        assertThat(logOf(batched)).hasSize(loggedBefore + 10).isEqualTo(logOf(oneByOne));
        assertThat(batched.read((PlanStore store) -> store.workItems().findAllById(List.of(plan.activity.id(),
                plan.milestone.id(), plan.elsewhere.id())))).containsExactlyInAnyOrder(activityMovedAgain,
                milestoneMoved, elsewhereMoved);
        assertThat(batched.readSync(store -> store.seen()).get(batched.author().replicaId()))
                .isEqualTo(oneByOne.readSync(store -> store.seen()).get(oneByOne.author().replicaId()));
    }

    @Test
    void oneStaleItemRefusesTheWholeBatchAndLogsNothing() {
        batched.writeVoid(plan::storeIn);
        WorkItem milestoneElsewhere = plan.milestone.withSchedule(WorkItemKind.MILESTONE, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 1), 0);
        batched.writeVoid(store -> store.workItems().update(plan.milestone, milestoneElsewhere));
        List<Object> logBefore = logOf(batched);

        assertThatThrownBy(() -> batched.writeVoid(store -> store.workItems().updateAll(
                List.of(plan.activity, plan.milestone), List.of(shifted(plan.activity, 3), shifted(plan.milestone, 3)))))
                .isInstanceOfSatisfying(StaleDataException.class,
                        stale -> assertThat(stale.entityId()).isEqualTo(plan.milestone.id()));

        assertThat(batched.read((PlanStore store) -> store.workItems().find(plan.activity.id()))).contains(plan.activity);
        assertThat(logOf(batched)).isEqualTo(logBefore);
    }
}
