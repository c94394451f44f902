package org.coplan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.coplan.domain.Dependency;
import org.coplan.domain.DependencyType;
import org.coplan.domain.Ids;
import org.coplan.domain.ItemConstraint;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.domain.Rank;
import org.coplan.domain.Roadmap;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.service.port.PlanDatabase;
import org.coplan.service.port.PlanStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The predecessors text names items of the programme's other roadmaps as {@code Rollout/1}: typed, they
 * become links across the roadmaps (one undo step); stored, they show in the text. The fixture's chain:
 * Requirements → Design → Approved → Build → Test (2.2), with Build (2.1) before Test.
 */
class PredecessorsAcrossRoadmapsTest {

    private PlanDatabase database;
    private PlanFixture fixture;
    private WorkItem pilot;
    private RoadmapSession session;

    @BeforeEach
    void openAProgrammeOfTwoRoadmaps() {
        database = new InMemoryPlanDatabase();
        fixture = new PlanFixture(database).withSampleTree();
        Roadmap rollout = new Roadmap(Ids.newId(), fixture.programme.id(), "Rollout in the regions", null, null,
                Rank.initial(1));
        pilot = new WorkItem(Ids.newId(), rollout.id(), null, Rank.initial(0), "Pilot", WorkItemKind.ACTIVITY,
                LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 4), 2, 0, null, null, Set.of(), null, null, null,
                ItemConstraint.NONE);
        database.writeVoid(store -> {
            store.roadmaps().insert(rollout);
            store.workItems().insert(pilot);
        });
        session = fixture.open();
    }

    @AfterEach
    void close() {
        session.close();
        database.close();
    }

    private List<Dependency> linksInto(WorkItem item) {
        return database.read((PlanStore store) -> store.dependencies().findAll()).stream()
                .filter(link -> link.successorId().equals(item.id())).toList();
    }

    @Test
    void aPredecessorTypedWithAnotherRoadmapsNameBecomesALinkAcrossTheRoadmaps() {
        session.setPredecessors(fixture.id("Test"), "2.1; rollout/1FS+1d");

        assertThat(session.predecessorsText(fixture.id("Test"))).isEqualTo("2.1; Rollout/1FS+1d");
        assertThat(database.read((PlanStore store) -> store.dependencies().findAll()))
                .anyMatch(link -> link.predecessorId().equals(pilot.id())
                        && link.successorId().equals(fixture.id("Test")) && link.lagDays() == 1);

        session.editor().undo();
        assertThat(session.predecessorsText(fixture.id("Test"))).isEqualTo("2.1");
        session.editor().redo();
        assertThat(session.predecessorsText(fixture.id("Test"))).isEqualTo("2.1; Rollout/1FS+1d");
    }

    @Test
    void leavingAnotherRoadmapsPredecessorOutOfTheTextRemovesItsLink() {
        session.link(pilot.id(), fixture.id("Test"), DependencyType.SS, 0, org.coplan.domain.LagUnit.WORKING);
        assertThat(session.predecessorsText(fixture.id("Test"))).isEqualTo("2.1; Rollout/1SS");

        session.setPredecessors(fixture.id("Test"), "2.1");

        assertThat(session.predecessorsText(fixture.id("Test"))).isEqualTo("2.1");
        assertThat(database.read((PlanStore store) -> store.dependencies().findAll()))
                .noneMatch(link -> link.predecessorId().equals(pilot.id()));
    }

    @Test
    void anUnknownRoadmapIsRefusedAndNothingIsStored() {
        long links = database.read((PlanStore store) -> store.dependencies().count());

        PlanRuleViolation refused = catchThrowableOfType(PlanRuleViolation.class,
                () -> session.setPredecessors(fixture.id("Test"), "2.1; Outreach/1"));

        assertThat(refused.getMessage()).isEqualTo(
                "\"Outreach/1\": no roadmap of this programme is called \"Outreach\" or begins so.");
        assertThat(database.read((PlanStore store) -> store.dependencies().count())).isEqualTo(links);
    }

    @Test
    void aPredecessorInAnotherRoadmapThatClosesALoopIsRefusedNamingIt() {
        session.link(fixture.id("Test"), pilot.id(), DependencyType.FS, 0, org.coplan.domain.LagUnit.WORKING);

        PlanRuleViolation loop = catchThrowableOfType(PlanRuleViolation.class,
                () -> session.setPredecessors(fixture.id("Build"), "Rollout/1"));

        assertThat(loop.getMessage()).isEqualTo("This link would close a loop: Rollout in the regions: 1 Pilot → "
                + "2.1 Build → 2.2 Test → Rollout in the regions: 1 Pilot.");
        assertThat(linksInto(session.plan().item(fixture.id("Build")))).noneMatch(
                link -> link.predecessorId().equals(pilot.id()));
    }
}
