package org.coplan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.coplan.domain.Ids;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.domain.WorkItemKind;
import org.coplan.l10n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Invalid input is refused with a message naming item and field; nothing is stored, history is untouched. */
class RoadmapSessionRefusalTest {

    record Refusal(String name, BiConsumer<PlanFixture, RoadmapSession> run, String key) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Refusal> refusals() {
        return Stream.of(
                new Refusal("finish before start", (f, s) -> s.setFinish(f.id("Design"),
                        s.plan().item(f.id("Design")).start().minusDays(1)), "rule.item-finish-before-start"),
                new Refusal("negative duration", (f, s) -> s.setDuration(f.id("Design"), -1),
                        "rule.item-negative-duration"),
                new Refusal("absurd duration", (f, s) -> s.setDuration(f.id("Design"), 100_001),
                        "rule.item-duration-too-long"),
                new Refusal("days on a milestone", (f, s) -> s.setDuration(f.id("Approved"), 3),
                        "rule.milestone-duration"),
                new Refusal("percent 150", (f, s) -> s.setPercentComplete(f.id("Design"), 150),
                        "rule.item-percent-range"),
                new Refusal("percent below zero", (f, s) -> s.setPercentComplete(f.id("Design"), -5),
                        "rule.item-percent-range"),
                new Refusal("no start", (f, s) -> s.setStart(f.id("Design"), null), "rule.item-field-required"),
                new Refusal("blank name", (f, s) -> s.rename(f.id("Design"), "   "), "rule.item-field-required"),
                new Refusal("overlong name", (f, s) -> s.rename(f.id("Design"), "x".repeat(501)), "rule.item-too-long"),
                new Refusal("overlong deliverable", (f, s) -> s.setDeliverable(f.id("Design"), "x".repeat(1001)),
                        "rule.item-too-long"),
                new Refusal("unknown lead state", (f, s) -> s.setLeadState(f.id("Design"), Ids.newId()),
                        "rule.unknown-state"),
                new Refusal("unknown participating state", (f, s) -> s.setParticipatingStates(f.id("Design"),
                        Set.of(f.armenia.id(), Ids.newId())), "rule.unknown-state"),
                new Refusal("unknown organization", (f, s) -> s.setLeadOrganization(f.id("Design"), Ids.newId()),
                        "rule.unknown-organization"),
                new Refusal("unknown priority area", (f, s) -> s.setPriorityArea(f.id("Design"), Ids.newId()),
                        "rule.unknown-priority-area"),
                new Refusal("a phase with children made an activity",
                        (f, s) -> s.setKind(f.id("Preparation"), WorkItemKind.ACTIVITY), "rule.phase-has-children"),
                new Refusal("a link that closes a loop", (f, s) -> s.setPredecessors(f.id("Requirements"), "2.2"),
                        "rule.dependency-cycle"),
                new Refusal("an unknown WBS code", (f, s) -> s.setPredecessors(f.id("Design"), "1.1; 9.9"),
                        "rule.predecessor-unknown"),
                new Refusal("predecessor text that is not one", (f, s) -> s.setPredecessors(f.id("Design"), "soon"),
                        "rule.predecessor-no-code"),
                new Refusal("a link to itself", (f, s) -> s.setPredecessors(f.id("Design"), "1.2"),
                        "rule.dependency-self"),
                new Refusal("a link to its own phase", (f, s) -> s.setPredecessors(f.id("Design"), "1"),
                        "rule.predecessor-own-phase"),
                new Refusal("indenting a first child", (f, s) -> s.indent(List.of(f.id("Design"), f.id("Build"))),
                        "rule.indent-no-previous"),
                new Refusal("outdenting a top-level row", (f, s) -> s.outdent(List.of(f.id("Design"), f.id("Launch"))),
                        "rule.outdent-top-level"),
                new Refusal("moving the first row up", (f, s) -> s.moveUp(List.of(f.id("Design"), f.id("Preparation"))),
                        "rule.move-up-first"),
                new Refusal("moving the last row down", (f, s) -> s.moveDown(List.of(f.id("Test"))),
                        "rule.move-down-last"),
                new Refusal("a row that does not exist", (f, s) -> s.rename(Ids.newId(), "Ghost"),
                        "rule.item-unknown"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void invalidInputIsRefusedAndNothingIsStored(Refusal refusal) {
        // Design is manually scheduled: only there can a typed finish come before the start
        PlanFixture fixture = new PlanFixture().withSampleTree().manual("Design");
        InMemoryPlanDatabase database = (InMemoryPlanDatabase) fixture.database;
        try (RoadmapSession session = fixture.open()) {
            session.rename(fixture.id("Launch"), "Launch event");
            PlanState before = PlanState.of(session);
            int commits = database.commits();

            PlanRuleViolation violation = catchThrowableOfType(PlanRuleViolation.class,
                    () -> refusal.run().accept(fixture, session));

            assertThat(violation).as("refused").isNotNull();
            assertThat(violation.problem().key()).isEqualTo(refusal.key());
            assertThat(PlanState.of(session)).isEqualTo(before);
            assertThat(database.commits()).isEqualTo(commits);
            assertThat(fixture.history.undoSize()).isEqualTo(1);
            assertThat(session.editor().undoLabel()).map(Messages.english()::text)
                    .contains("Rename \"Launch\"");
        }
    }

    @Test
    void aLoopIsNamedItemByItemInTheOrderOfItsLinks() {
        PlanFixture fixture = new PlanFixture().withSampleTree();
        try (RoadmapSession session = fixture.open()) {
            PlanRuleViolation violation = catchThrowableOfType(PlanRuleViolation.class,
                    () -> session.setPredecessors(fixture.id("Requirements"), "1.3"));

            assertThat(violation.getMessage()).isEqualTo("This link would close a loop: 1.3 Approved → "
                    + "1.1 Requirements → 1.2 Design → 1.3 Approved.");
        }
    }

    @Test
    void refusalsNameTheItemByWbsCodeAndTheField() {
        PlanFixture fixture = new PlanFixture().withSampleTree();
        try (RoadmapSession session = fixture.open()) {
            PlanRuleViolation unknownState = catchThrowableOfType(PlanRuleViolation.class,
                    () -> session.setLeadState(fixture.id("Design"), Ids.newId()));
            PlanRuleViolation percent = catchThrowableOfType(PlanRuleViolation.class,
                    () -> session.setPercentComplete(fixture.id("Build"), 150));

            assertThat(unknownState.getMessage())
                    .isEqualTo("Work item \"1.2 Design\": the lead state refers to a member state that does not "
                            + "exist.");
            assertThat(percent.getMessage())
                    .isEqualTo("Work item \"2.1 Build\": percent complete 150 is not between 0 and 100.");
            assertThat(Messages.forLocale(Locale.forLanguageTag("ru")).text(unknownState.problem()))
                    .isEqualTo("Работа «1.2 Design»: поле «ведущее государство» ссылается на несуществующее "
                            + "государство.");
        }
    }
}
