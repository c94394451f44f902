package org.coplan.service.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.coplan.domain.Baseline;
import org.coplan.domain.BaselineEntry;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.service.ChangeRecord;
import org.coplan.service.RoadmapSession;
import org.coplan.ui.roadmap.EditorFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselinesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 4, 2);

    private final Clock clock = Clock.fixed(Instant.parse("2025-04-02T10:00:00Z"), ZoneOffset.UTC);
    private EditorFixture fixture = EditorFixture.inMemory();
    private Baselines baselines = new Baselines(fixture.editor, clock);
    private RoadmapSession session = RoadmapSession.open(fixture.editor, fixture.roadmap.id());

    @AfterEach
    void closeDatabase() {
        session.close();
        fixture.close();
    }

    @Test
    void savingABaselineFreezesEveryItemsDatesAndIsOneUndoStep() {
        Baseline saved = baselines.save(session.plan(), 0, "Approved plan", false);

        Baseline stored = baselines.find(roadmap(), 0).orElseThrow();
        assertThat(stored).isEqualTo(saved);
        assertThat(stored.takenOn()).isEqualTo(TODAY);
        assertThat(stored.entries()).hasSize(7).contains(new BaselineEntry(fixture.id("Design"),
                LocalDate.of(2025, 3, 6), LocalDate.of(2025, 3, 12), 5));
        assertThat(fixture.database.<List<ChangeRecord>>read(store -> store.changeLog().findByEntity(saved.id())))
                .extracting(ChangeRecord::kind).containsExactly(ChangeRecord.Kind.INSERT);

        fixture.editor.undo();
        assertThat(baselines.list(roadmap())).isEmpty();
        fixture.editor.redo();
        assertThat(baselines.list(roadmap())).containsExactly(saved);
    }

    @Test
    void anOccupiedSlotIsOverwrittenOnlyWhenConfirmedAndUndoBringsTheOldDatesBack() {
        Baseline first = baselines.save(session.plan(), 2, "First", false);
        session.setStart(fixture.id("Build"), LocalDate.of(2025, 3, 24));

        assertThatThrownBy(() -> baselines.save(session.plan(), 2, "Second", false))
                .isInstanceOfSatisfying(PlanRuleViolation.class, refused ->
                        assertThat(refused.problem().key()).isEqualTo("rule.baseline-slot-occupied"));
        assertThat(baselines.find(roadmap(), 2)).contains(first);

        Baseline second = baselines.save(session.plan(), 2, "Second", true);
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(entryOf(baselines.find(roadmap(), 2).orElseThrow(), "Build").start())
                .isEqualTo(LocalDate.of(2025, 3, 24));

        fixture.editor.undo();
        assertThat(baselines.find(roadmap(), 2)).contains(first);
    }

    @Test
    void clearingASlotEmptiesItAndUndoRestoresIt() {
        Baseline saved = baselines.save(session.plan(), 5, "Re-plan", false);
        baselines.save(session.plan(), 0, "Approved", false);

        baselines.clear(roadmap(), 5);

        assertThat(baselines.list(roadmap())).extracting(Baseline::slot).containsExactly(0);
        fixture.editor.undo();
        assertThat(baselines.find(roadmap(), 5)).contains(saved);
    }

    @Test
    void clearingAnEmptySlotIsNoStep() {
        baselines.clear(roadmap(), 4);

        assertThat(fixture.editor.canUndo()).isFalse();
    }

    @Test
    void aSlotOutsideZeroToTenIsRefused() {
        assertThatThrownBy(() -> baselines.save(session.plan(), 11, "Eleven", false))
                .isInstanceOfSatisfying(PlanRuleViolation.class, refused ->
                        assertThat(refused.problem().key()).isEqualTo("rule.baseline-slot"));
        assertThatThrownBy(() -> baselines.compareWith(roadmap(), -1)).isInstanceOf(PlanRuleViolation.class);
    }

    @Test
    void aBaselineNeedsAName() {
        assertThatThrownBy(() -> baselines.save(session.plan(), 1, "  ", false))
                .isInstanceOf(PlanRuleViolation.class);
        assertThat(baselines.list(roadmap())).isEmpty();
    }

    @Test
    void theFirstSlotIsComparedUntilAnotherIsChosenAndTheChoiceSurvivesARestart(@TempDir Path folder) {
        session.close();
        fixture.close();
        fixture = EditorFixture.createIn(folder);
        baselines = new Baselines(fixture.editor, clock);
        session = RoadmapSession.open(fixture.editor, fixture.roadmap.id());
        assertThat(baselines.comparedSlot(roadmap())).isZero();
        Baseline third = baselines.save(session.plan(), 3, "Third", false);

        Baselines.Compared compared = baselines.compareWith(roadmap(), 3);

        assertThat(compared).isEqualTo(new Baselines.Compared(3, java.util.Optional.of(third)));
        session.close();
        fixture.close();
        fixture = EditorFixture.reopen(folder);
        baselines = new Baselines(fixture.editor, clock);
        session = RoadmapSession.open(fixture.editor, fixture.roadmap.id());
        assertThat(baselines.compared(roadmap())).isEqualTo(compared);
    }

    @Test
    void deletingAnItemAndUndoingKeepsItsBaselineEntry() {
        baselines.save(session.plan(), 0, "Approved", false);
        UUID build = fixture.id("Build");

        session.delete(List.of(build));
        assertThat(baselines.find(roadmap(), 0).orElseThrow().entries())
                .noneMatch(entry -> entry.workItemId().equals(build));
        fixture.editor.undo();

        assertThat(baselines.find(roadmap(), 0).orElseThrow().entries())
                .anyMatch(entry -> entry.workItemId().equals(build));
    }

    private UUID roadmap() {
        return fixture.roadmap.id();
    }

    private BaselineEntry entryOf(Baseline baseline, String name) {
        UUID id = fixture.id(name);
        return baseline.entries().stream().filter(entry -> entry.workItemId().equals(id)).findFirst().orElseThrow();
    }
}
