package org.coplan.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.coplan.domain.Ids;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.domain.Rank;
import org.coplan.domain.WorkItem;
import org.coplan.service.port.StaleDataException;
import org.coplan.service.port.PlanStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Writes the database refuses leave nothing behind: a stale update or delete, a row that breaks a
 * constraint the domain cannot check alone, or any failure later in the same transaction.
 */
class WriteRefusalTest {

    private final StoredPlan plan = new StoredPlan();
    private H2PlanDatabase database;

    @BeforeEach
    void storePlan() {
        database = StoredPlan.freshDatabase();
        database.writeVoid(plan::storeIn);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anUpdateFromAStaleCopyIsRefusedAndChangesNothing() {
        WorkItem renamedElsewhere = plan.activity.withName("Survey of laboratories");
        database.writeVoid(store -> store.workItems().update(plan.activity, renamedElsewhere));
        long logged = changeCount();

        assertThatThrownBy(() -> database.writeVoid(store ->
                store.workItems().update(plan.activity, plan.activity.withPercentComplete(90))))
                .isInstanceOf(StaleDataException.class)
                .satisfies(e -> assertThat(((StaleDataException) e).entityId()).isEqualTo(plan.activity.id()));

        assertThat(database.read((PlanStore store) -> store.workItems().find(plan.activity.id()))).contains(renamedElsewhere);
        assertThat(changeCount()).isEqualTo(logged);
    }

    @Test
    void aStaleCopyOfTheChildRowsIsRefusedToo() {
        WorkItem fewerStates = plan.activity.withResponsibility(plan.kazakhstan.id(), plan.academy.id(),
                Set.of(plan.kazakhstan.id()), plan.ict.id());
        database.writeVoid(store -> store.workItems().update(plan.activity, fewerStates));

        assertThatThrownBy(() -> database.writeVoid(store ->
                store.workItems().update(plan.activity, plan.activity.withName("Survey 2"))))
                .isInstanceOf(StaleDataException.class);
    }

    @Test
    void updatingOrDeletingARowThatIsGoneIsRefused() {
        database.writeVoid(store -> store.dependencies().delete(plan.surveyToMilestone));

        assertThatThrownBy(() -> database.writeVoid(store -> store.dependencies().delete(plan.surveyToMilestone)))
                .isInstanceOf(StaleDataException.class);
        assertThatThrownBy(() -> database.writeVoid(store -> store.dependencies().update(plan.surveyToMilestone,
                plan.surveyToMilestone))).isInstanceOf(StaleDataException.class);
    }

    @Test
    void deletingFromAStaleCopyIsRefused() {
        database.writeVoid(store -> store.roadmaps().update(plan.otherRoadmap, plan.otherRoadmap.withName("2027+")));

        assertThatThrownBy(() -> database.writeVoid(store -> store.roadmaps().delete(plan.otherRoadmap)))
                .isInstanceOf(StaleDataException.class);
        assertThat(database.read((PlanStore store) -> store.roadmaps().find(plan.otherRoadmap.id()))).isPresent();
    }

    @Test
    void twoItemsInTheSamePlaceAreRefusedAndTheWholeWriteIsRolledBack() {
        WorkItem first = sibling("First new item", Rank.initial(5));
        WorkItem samePlace = sibling("Second new item", Rank.initial(5));
        long logged = changeCount();

        assertThatThrownBy(() -> database.writeVoid(store -> {
            store.workItems().insert(first);
            store.workItems().insert(samePlace);
        })).isInstanceOf(PlanRuleViolation.class)
                .satisfies(e -> assertThat(((PlanRuleViolation) e).problem().key()).isEqualTo("rule.database-duplicate"));

        assertThat(database.read((PlanStore store) -> store.workItems().find(first.id()))).isEmpty();
        assertThat(database.read((PlanStore store) -> store.workItems().find(samePlace.id()))).isEmpty();
        assertThat(changeCount()).isEqualTo(logged);
    }

    @Test
    void aParticipatingStateThatDoesNotExistIsRefused() {
        WorkItem withUnknownState = sibling("Visit", Rank.initial(6))
                .withResponsibility(null, null, Set.of(Ids.newId()), null);

        assertThatThrownBy(() -> database.writeVoid(store -> store.workItems().insert(withUnknownState)))
                .isInstanceOf(PlanRuleViolation.class)
                .satisfies(e -> assertThat(((PlanRuleViolation) e).problem().key())
                        .isEqualTo("rule.database-missing-reference"));
        assertThat(database.read((PlanStore store) -> store.workItems().find(withUnknownState.id()))).isEmpty();
    }

    @Test
    void aStateStillLeadingWorkCannotBeDeleted() {
        assertThatThrownBy(() -> database.writeVoid(store -> store.states().delete(plan.kazakhstan)))
                .isInstanceOf(PlanRuleViolation.class)
                .satisfies(e -> assertThat(((PlanRuleViolation) e).problem().key())
                        .isEqualTo("rule.database-still-referenced"));
        assertThat(database.read((PlanStore store) -> store.states().find(plan.kazakhstan.id()))).contains(plan.kazakhstan);
    }

    @Test
    void aFailureAfterSeveralWritesUndoesThemAll() {
        WorkItem inserted = sibling("Inserted, then undone", Rank.initial(7));

        assertThatThrownBy(() -> database.writeVoid(store -> {
            store.workItems().insert(inserted);
            store.roadmaps().update(plan.roadmap, plan.roadmap.withName("Renamed, then undone"));
            throw new IllegalStateException("the edit failed half-way");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(database.read((PlanStore store) -> store.workItems().find(inserted.id()))).isEmpty();
        assertThat(database.read((PlanStore store) -> store.roadmaps().find(plan.roadmap.id()))).contains(plan.roadmap);
    }

    private WorkItem sibling(String name, String sortKey) {
        return plan.milestone.withIdentity(Ids.newId(), plan.roadmap.id(), plan.phase.id(), sortKey).withName(name);
    }

    private long changeCount() {
        return database.read((PlanStore store) -> store.changeLog().count());
    }
}
