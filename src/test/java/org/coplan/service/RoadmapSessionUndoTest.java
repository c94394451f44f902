package org.coplan.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.coplan.domain.ConstraintType;
import org.coplan.domain.ItemConstraint;
import org.coplan.domain.WorkItemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every editing action is one step that undo reverts exactly and redo makes again, in store and plan. */
class RoadmapSessionUndoTest {

    record Action(String name, BiConsumer<PlanFixture, RoadmapSession> run) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Action> actions() {
        return Stream.of(
                new Action("insert an activity above Design",
                        (f, s) -> s.insertItem(f.id("Design"), WorkItemKind.ACTIVITY)),
                new Action("insert a milestone at the end", (f, s) -> s.insertItem(null, WorkItemKind.MILESTONE)),
                new Action("insert a child under an activity",
                        (f, s) -> s.insertChild(f.id("Build"), WorkItemKind.ACTIVITY)),
                new Action("insert a child under a phase",
                        (f, s) -> s.insertChild(f.id("Work"), WorkItemKind.MILESTONE)),
                new Action("rename", (f, s) -> s.rename(f.id("Design"), "Detailed design")),
                new Action("make a milestone", (f, s) -> s.setKind(f.id("Design"), WorkItemKind.MILESTONE)),
                new Action("make an activity of a milestone",
                        (f, s) -> s.setKind(f.id("Approved"), WorkItemKind.ACTIVITY)),
                new Action("make a phase", (f, s) -> s.setKind(f.id("Test"), WorkItemKind.PHASE)),
                new Action("set the start", (f, s) -> s.setStart(f.id("Design"), PlanFixture.MONDAY.plusDays(7))),
                new Action("set the finish", (f, s) -> s.setFinish(f.id("Design"), PlanFixture.MONDAY.plusDays(20))),
                new Action("set the duration", (f, s) -> s.setDuration(f.id("Design"), 12)),
                new Action("set percent complete", (f, s) -> s.setPercentComplete(f.id("Design"), 40)),
                new Action("set the lead state", (f, s) -> s.setLeadState(f.id("Design"), f.kazakhstan.id())),
                new Action("set the lead organization",
                        (f, s) -> s.setLeadOrganization(f.id("Design"), f.academy.id())),
                new Action("set participating states",
                        (f, s) -> s.setParticipatingStates(f.id("Design"), Set.of(f.armenia.id(), f.belarus.id()))),
                new Action("set the priority area", (f, s) -> s.setPriorityArea(f.id("Design"), f.ict.id())),
                new Action("set the deliverable", (f, s) -> s.setDeliverable(f.id("Approved"), "Signed protocol")),
                new Action("set notes", (f, s) -> s.setNotes(f.id("Design"), "Agreed in Minsk")),
                new Action("set a constraint", (f, s) -> s.setConstraint(f.id("Design"),
                        new ItemConstraint(ConstraintType.START_NO_EARLIER_THAN, LocalDate.of(2025, 4, 1)))),
                new Action("add and change predecessors", (f, s) -> s.setPredecessors(f.id("Test"), "1.1; 2.1SS+2d")),
                new Action("remove predecessors", (f, s) -> s.setPredecessors(f.id("Design"), "")),
                new Action("delete a phase with its branch, links, funding and baseline entries",
                        (f, s) -> s.delete(List.of(f.id("Preparation")))),
                new Action("delete rows of two branches",
                        (f, s) -> s.delete(List.of(f.id("Requirements"), f.id("Test")))),
                new Action("indent one row", (f, s) -> s.indent(List.of(f.id("Design")))),
                new Action("indent two top-level rows", (f, s) -> s.indent(List.of(f.id("Work"), f.id("Launch")))),
                new Action("outdent one row", (f, s) -> s.outdent(List.of(f.id("Design")))),
                new Action("outdent two rows", (f, s) -> s.outdent(List.of(f.id("Build"), f.id("Test")))),
                new Action("move a row up", (f, s) -> s.moveUp(List.of(f.id("Design")))),
                new Action("move two rows down", (f, s) -> s.moveDown(List.of(f.id("Requirements"), f.id("Design")))),
                new Action("paste a branch above a row",
                        (f, s) -> s.paste(s.copy(List.of(f.id("Preparation"))), f.id("Launch"))),
                new Action("paste rows at the end",
                        (f, s) -> s.paste(s.copy(List.of(f.id("Design"), f.id("Test"))), null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actions")
    void everyActionIsOneStepThatUndoRevertsAndRedoRepeats(Action action) {
        PlanFixture fixture = new PlanFixture().withSampleTree();
        fixture.fund("Design");
        fixture.baseline();
        try (RoadmapSession session = fixture.open()) {
            PlanState before = PlanState.of(session);

            action.run().accept(fixture, session);
            PlanState after = PlanState.of(session);

            assertThat(after).isNotEqualTo(before);
            assertThat(fixture.history.undoSize()).isEqualTo(1);
            PlanState.assertMirrorsStore(session);

            session.editor().undo();
            assertThat(PlanState.of(session)).isEqualTo(before);
            PlanState.assertMirrorsStore(session);

            session.editor().redo();
            assertThat(PlanState.of(session)).isEqualTo(after);
            PlanState.assertMirrorsStore(session);
        }
    }

    @Test
    void aHundredAndFiftyStepsAreUndoneBackToTheStart() {
        PlanFixture fixture = new PlanFixture().withSampleTree();
        try (RoadmapSession session = fixture.open()) {
            PlanState start = PlanState.of(session);
            for (int step = 1; step <= 150; step++) {
                if (step % 3 == 0) {
                    session.moveDown(List.of(fixture.id("Requirements")));
                    session.moveUp(List.of(fixture.id("Requirements")));
                    step++;
                } else {
                    session.rename(fixture.id("Design"), "Design " + step);
                }
            }
            assertThat(fixture.history.undoSize()).isGreaterThanOrEqualTo(150);

            while (session.editor().canUndo()) {
                session.editor().undo();
            }

            assertThat(PlanState.of(session)).isEqualTo(start);
            assertThat(fixture.history.redoSize()).isGreaterThanOrEqualTo(150);
        }
    }

    @Test
    void indentingManyRowsIsOneStep() {
        PlanFixture fixture = new PlanFixture().withSampleTree();
        try (RoadmapSession session = fixture.open()) {
            PlanState before = PlanState.of(session);

            session.indent(List.of(fixture.id("Design"), fixture.id("Approved"), fixture.id("Test")));

            assertThat(fixture.history.undoSize()).isEqualTo(1);
            session.editor().undo();
            assertThat(PlanState.of(session)).isEqualTo(before);
            assertThat(session.editor().canUndo()).isFalse();
        }
    }

    @Test
    void aNewEditAfterUndoDropsWhatCouldBeRedone() {
        PlanFixture fixture = new PlanFixture().withSampleTree();
        try (RoadmapSession session = fixture.open()) {
            session.rename(fixture.id("Design"), "First");
            session.editor().undo();

            session.rename(fixture.id("Design"), "Second");

            assertThat(session.editor().canRedo()).isFalse();
            assertThat(session.plan().item(fixture.id("Design")).name()).isEqualTo("Second");
        }
    }
}
