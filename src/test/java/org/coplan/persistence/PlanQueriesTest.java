package org.coplan.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.coplan.domain.Ids;
import org.coplan.domain.Rank;
import org.coplan.domain.Roadmap;
import org.coplan.service.port.PlanStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The repositories' own queries: by roadmap, by programme, by work item, counts and settings. */
class PlanQueriesTest {

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
    void aRoadmapsItemsAreItsOwnWithTheirStates() {
        assertThat(database.read((PlanStore store) -> store.workItems().findByRoadmap(plan.roadmap.id())))
                .containsExactlyInAnyOrder(plan.phase, plan.activity, plan.milestone);
        assertThat(database.read((PlanStore store) -> store.workItems().countByRoadmap(plan.otherRoadmap.id()))).isEqualTo(1);
        assertThat(database.read((PlanStore store) -> store.workItems().countMilestones())).isEqualTo(1);
        assertThat(database.read((PlanStore store) -> store.workItems().findByRoadmap(Ids.newId()))).isEmpty();
    }

    @Test
    void aRoadmapsLinksAreThoseIntoItsItemsWhereverTheyComeFrom() {
        assertThat(database.read((PlanStore store) -> store.dependencies().findByRoadmap(plan.roadmap.id())))
                .containsExactlyInAnyOrder(plan.surveyToMilestone, plan.fromOtherRoadmap);
        assertThat(database.read((PlanStore store) -> store.dependencies().findByRoadmap(plan.otherRoadmap.id())))
                .containsExactly(plan.intoOtherRoadmap);
    }

    @Test
    void theLinksTouchingItemsAreFoundFromEitherEnd() {
        assertThat(database.read((PlanStore store) -> store.dependencies().findTouching(List.of(plan.milestone.id()))))
                .containsExactlyInAnyOrder(plan.surveyToMilestone, plan.intoOtherRoadmap);
        assertThat(database.read((PlanStore store) -> store.dependencies().findTouching(
                List.of(plan.activity.id(), plan.elsewhere.id()))))
                .containsExactlyInAnyOrder(plan.surveyToMilestone, plan.intoOtherRoadmap, plan.fromOtherRoadmap);
    }

    @Test
    void fundingIsFoundByProgrammeAndByWorkItem() {
        assertThat(database.read((PlanStore store) -> store.funding().findByProgramme(plan.programme.id())))
                .containsExactly(plan.programmeFunding);
        assertThat(database.read((PlanStore store) -> store.funding().findByWorkItem(plan.activity.id())))
                .containsExactly(plan.itemFunding);
        assertThat(database.read((PlanStore store) -> store.funding().findByWorkItems(
                List.of(plan.activity.id(), plan.milestone.id(), plan.activity.id()))))
                .containsExactly(plan.itemFunding);
    }

    @Test
    void aProgrammesRoadmapsComeInTheirOrder() {
        Roadmap first = new Roadmap(Ids.newId(), plan.programme.id(), "Before all", null, null,
                Rank.before(plan.roadmap.sortKey()));
        database.writeVoid(store -> store.roadmaps().insert(first));

        assertThat(database.read((PlanStore store) -> store.roadmaps().findByProgramme(plan.programme.id())))
                .containsExactly(first, plan.roadmap, plan.otherRoadmap);
    }

    @Test
    void aRoadmapsBaselinesComeBySlot() {
        assertThat(database.read((PlanStore store) -> store.baselines().findByRoadmap(plan.roadmap.id())))
                .containsExactly(plan.baseline);
        assertThat(database.read((PlanStore store) -> store.baselines().findByRoadmap(plan.otherRoadmap.id()))).isEmpty();
    }

    @Test
    void everyRepositoryCountsAndListsWhatItHolds() {
        assertThat(database.read((PlanStore store) -> store.states().findAll())).containsExactlyInAnyOrder(plan.kazakhstan,
                plan.armenia);
        assertThat(database.read((PlanStore store) -> store.calendars().findAll())).containsExactly(plan.calendar);
        assertThat(database.read((PlanStore store) -> store.programmes().findAll())).containsExactly(plan.programme);
        assertThat(database.read((PlanStore store) -> store.organizations().count())).isEqualTo(1);
        assertThat(database.read((PlanStore store) -> store.priorityAreas().count())).isEqualTo(1);
        assertThat(database.read((PlanStore store) -> store.dependencies().count())).isEqualTo(3);
        assertThat(database.read((PlanStore store) -> store.changeLog().count()))
                .as("one insert row per stored entity").isEqualTo(18);
    }

    @Test
    void settingsAreKeptAndReplaced() {
        database.writeVoid(store -> store.settings().put("sample-plan", "loaded"));
        database.writeVoid(store -> store.settings().put("sample-plan", "removed"));

        assertThat(database.read((PlanStore store) -> store.settings().get("sample-plan"))).contains("removed");
        assertThat(database.read((PlanStore store) -> store.settings().get("no-such-setting"))).isEmpty();
    }
}
