package org.coplan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.coplan.domain.Baseline;
import org.coplan.domain.FundingLine;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.persistence.H2PlanDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The use cases against the real schema (in-memory H2): its foreign keys, cascades, sibling-order and
 * link-pair constraints must accept every step of every action, and undo must bring back exactly what was.
 * One database serves the whole class, as one serves a planner all day: each action is done, undone, redone
 * and undone again, so the next one starts from the same plan.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RoadmapSessionH2Test {

    private H2PlanDatabase database;
    private PlanFixture fixture;
    private RoadmapSession session;

    @BeforeAll
    void open() {
        database = H2PlanDatabase.openInMemory("session-" + UUID.randomUUID(), ChangeAuthor.newReplica("tester"));
        fixture = new PlanFixture(database).withSampleTree();
        fixture.fund("Design");
        fixture.baseline();
        session = fixture.open();
    }

    @AfterAll
    void close() {
        session.close();
        database.close();
    }

    static Stream<RoadmapSessionUndoTest.Action> actions() {
        return RoadmapSessionUndoTest.actions();
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("actions")
    void everyActionIsStoredUndoneAndRedoneInH2(RoadmapSessionUndoTest.Action action) {
        PlanState before = PlanState.of(session);

        action.run().accept(fixture, session);
        PlanState after = PlanState.of(session);

        assertThat(after).isNotEqualTo(before);
        PlanState.assertMirrorsStore(session);
        session.editor().undo();
        assertThat(PlanState.of(session)).isEqualTo(before);
        session.editor().redo();
        assertThat(PlanState.of(session)).isEqualTo(after);
        PlanState.assertMirrorsStore(session);
        session.editor().undo();
        assertThat(PlanState.of(session)).isEqualTo(before);
    }

    @Order(2)
    @Test
    void aRefusedEditStoresNothing() {
        session.setManual(List.of(fixture.id("Design")), true);
        PlanState before = PlanState.of(session);
        boolean couldUndo = session.editor().canUndo();

        PlanRuleViolation cycle = catchThrowableOfType(PlanRuleViolation.class,
                () -> session.setPredecessors(fixture.id("Requirements"), "2.2"));
        PlanRuleViolation finish = catchThrowableOfType(PlanRuleViolation.class,
                () -> session.setFinish(fixture.id("Design"), PlanFixture.MONDAY.minusDays(30)));

        assertThat(cycle.problem().key()).isEqualTo("rule.dependency-cycle");
        assertThat(finish.problem().key()).isEqualTo("rule.item-finish-before-start");
        assertThat(PlanState.of(session)).isEqualTo(before);
        assertThat(session.editor().canUndo()).isEqualTo(couldUndo);
    }

    @Order(3)
    @Test
    void editsSurviveReopeningTheRoadmap() {
        session.indent(List.of(fixture.id("Design"), fixture.id("Approved")));
        session.setPredecessors(fixture.id("Test"), "1.1SS+1d");
        session.rename(fixture.id("Launch"), "Launch conference");

        try (RoadmapSession reopened = fixture.open()) {
            assertThat(PlanState.codes(reopened.plan())).containsExactly("1 Preparation", "1.1 Requirements",
                    "1.1.1 Design", "1.1.2 Approved", "2 Work", "2.1 Build", "2.2 Test", "3 Launch conference");
            assertThat(reopened.predecessorsText(fixture.id("Test"))).isEqualTo("1.1SS+1d");
        }
    }

    @Order(4)
    @Test
    void deletingTheProgrammeIsUndoneCompletely() {
        ProgrammeCatalog catalog = new ProgrammeCatalog(fixture.editor);
        catalog.createRoadmap(fixture.programme.id(), "Second plan", null);
        PlanCounts before = new PlanStatistics(database).counts();
        List<ProgrammeSummary> listed = catalog.programmes(ProgrammeCatalog.Filter.ALL);

        catalog.deleteProgramme(fixture.programme.id());
        assertThat(new PlanStatistics(database).counts()).isEqualTo(new PlanCounts(0, 0, 0, 0, 0, 3, 1));
        fixture.editor.undo();

        assertThat(new PlanStatistics(database).counts()).isEqualTo(before);
        assertThat(catalog.programmes(ProgrammeCatalog.Filter.ALL)).isEqualTo(listed);
        List<Baseline> baselines = database.read(store -> store.baselines().findAll());
        List<FundingLine> funding = database.read(store -> store.funding().findAll());
        assertThat(baselines).singleElement().satisfies(baseline -> assertThat(baseline.entries()).hasSize(8));
        assertThat(funding).hasSize(1);
    }
}
