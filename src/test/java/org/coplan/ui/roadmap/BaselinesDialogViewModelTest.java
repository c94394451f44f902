package org.coplan.ui.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.coplan.domain.WorkItem;
import org.coplan.service.RoadmapSession;
import org.coplan.service.edit.WorkItemEdit;
import org.coplan.ui.common.TaskRunner;
import org.coplan.ui.roadmap.BaselinesDialogViewModel.SlotRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Baselines dialog and the baseline columns on a real in-memory database: save, overwrite, clear and
 * compare as the dialog's buttons would, then read the rows' columns as the tree shows them. Build runs
 * Monday 17 to Friday 21 March 2025 in the fixture.
 */
class BaselinesDialogViewModelTest {

    private EditorFixture fixture;
    private RoadmapEditorViewModel editor;
    private ComparedBaseline compared;
    private BaselinesDialogViewModel vm;

    @BeforeEach
    void openTheRoadmap() {
        fixture = EditorFixture.inMemory();
        editor = new RoadmapEditorViewModel(fixture.editor, fixture.messages, fixture.notifier, TaskRunner.inline());
        editor.open(fixture.roadmap.id());
        compared = editor.comparedBaseline();
        vm = new BaselinesDialogViewModel(editor, fixture.messages, fixture.notifier);
    }

    @AfterEach
    void closeTheDatabase() {
        vm.dispose();
        editor.close();
        fixture.close();
    }

    private RoadmapSession session() {
        return editor.sessionProperty().get();
    }

    private WorkItem item(String name) {
        return session().plan().item(fixture.id(name));
    }

    private void saveInto(int slot, String name) {
        vm.select(slot);
        vm.nameProperty().set(name);
        assertThat(vm.save()).isTrue();
    }

    @Test
    void theDialogListsElevenSlotsNamedAsInMsProjectWithTheFirstCompared() {
        assertThat(vm.heading()).isEqualTo("Baselines of \"Action plan\"");
        assertThat(vm.slots()).hasSize(11).extracting(SlotRow::slotName)
                .startsWith("Baseline", "Baseline 1", "Baseline 2").endsWith("Baseline 10");
        assertThat(vm.slots()).filteredOn(SlotRow::compared).extracting(SlotRow::slot).containsExactly(0);
        assertThat(vm.slots()).noneMatch(SlotRow::saved);
        assertThat(vm.selectedProperty().get().slot()).isZero();
        assertThat(vm.nameProperty().get()).isEqualTo("Baseline");
        assertThat(vm.comparedTextProperty().get()).isEqualTo("Variance is measured against: Baseline");
    }

    @Test
    void withoutABaselineTheColumnsAreEmpty() {
        assertThat(compared.baselineStart(item("Build"))).isEmpty();
        assertThat(compared.startVariance(item("Build"))).isEmpty();
    }

    @Test
    void savingTheComparedSlotShowsZeroVarianceAndAMovedItemShowsItsSlip() {
        assertThat(vm.overwriteQuestion()).isEmpty();
        long revision = compared.revisionProperty().get();

        saveInto(0, "Approved plan");

        SlotRow row = vm.slots().getFirst();
        assertThat(row.name()).isEqualTo("Approved plan");
        assertThat(row.items()).isEqualTo("7");
        assertThat(row.saved()).isTrue();
        assertThat(compared.revisionProperty().get()).isGreaterThan(revision);
        assertThat(compared.baselineStart(item("Build"))).isEqualTo(editor.text().date(LocalDate.of(2025, 3, 17)));
        assertThat(compared.startVariance(item("Build"))).isEqualTo("0d");

        // three working days later, across no weekend: Thursday 20th
        editor.perform(open -> open.setStart(fixture.id("Build"), LocalDate.of(2025, 3, 20)));

        assertThat(compared.startVariance(item("Build"))).isEqualTo("+3d");
        assertThat(compared.finishVariance(item("Build"))).isEqualTo("+3d");
        assertThat(compared.baselineFinish(item("Build"))).isEqualTo(editor.text().date(LocalDate.of(2025, 3, 21)));
        // the fixture's phase ends two working days after its last child; the rescheduled edit rolls the
        // phase up to its children, so against the baseline it now finishes early
        assertThat(compared.finishVariance(item("Work"))).isEqualTo("−2d");
    }

    @Test
    void anItemBroughtForwardShowsANegativeVarianceWithARealMinusSign() {
        saveInto(0, "Approved plan");

        editor.perform(open -> open.setStart(fixture.id("Build"), LocalDate.of(2025, 3, 14)));

        assertThat(compared.startVariance(item("Build"))).isEqualTo("−1d");
    }

    @Test
    void aRowAddedAfterTheBaselineShowsNothingRatherThanZero() {
        saveInto(0, "Approved plan");
        editor.select(List.of(fixture.id("Launch")));

        editor.insertItem();

        WorkItem added = editor.selectedItemProperty().get();
        assertThat(added.name()).isNotEqualTo("Launch");
        assertThat(compared.startVariance(added)).isEmpty();
        assertThat(compared.baselineStart(added)).isEmpty();
    }

    @Test
    void deletingARowTrimsTheComparedBaselineAndUndoBringsItsEntryBack() {
        saveInto(0, "Approved plan");
        editor.select(List.of(fixture.id("Build")));

        editor.deleteSelected();

        assertThat(compared.baselineProperty().get().entries()).hasSize(6);
        editor.undo();
        assertThat(compared.baselineProperty().get().entries()).hasSize(7);
        assertThat(compared.startVariance(item("Build"))).isEqualTo("0d");
    }

    @Test
    void savingOverABaselineAsksFirstAndUndoPutsTheOldOneBack() {
        saveInto(0, "Approved plan");
        editor.perform(open -> open.setStart(fixture.id("Build"), LocalDate.of(2025, 3, 20)));

        assertThat(vm.overwriteQuestion()).hasValueSatisfying(question ->
                assertThat(question).startsWith("Baseline already holds \"Approved plan\""));
        assertThat(vm.overwriteHeader()).isEqualTo("Overwrite Baseline?");
        vm.nameProperty().set("Re-plan");
        assertThat(vm.save()).isTrue();

        assertThat(vm.slots().getFirst().name()).isEqualTo("Re-plan");
        assertThat(compared.startVariance(item("Build"))).isEqualTo("0d");

        editor.undo();
        assertThat(compared.startVariance(item("Build"))).isEqualTo("+3d");
        assertThat(compared.baselineProperty().get().name()).isEqualTo("Approved plan");
    }

    @Test
    void clearingTheComparedSlotEmptiesTheColumnsUntilUndone() {
        saveInto(0, "Approved plan");
        assertThat(vm.clearQuestion()).isPresent();

        vm.clear();

        assertThat(vm.slots().getFirst().saved()).isFalse();
        assertThat(compared.startVariance(item("Build"))).isEmpty();
        editor.undo();
        assertThat(compared.startVariance(item("Build"))).isEqualTo("0d");
    }

    @Test
    void undoingAClearShowsTheBaselineInTheSelectedSlotAgainAndRedoEmptiesIt() {
        saveInto(3, "Approved plan");
        vm.clear();
        assertThat(vm.selectedProperty().get().saved()).isFalse();

        editor.undo();

        SlotRow selected = vm.selectedProperty().get();
        assertThat(selected.slot()).isEqualTo(3);
        assertThat(selected.saved()).isTrue();
        assertThat(selected.name()).isEqualTo("Approved plan");
        assertThat(vm.nameProperty().get()).isEqualTo("Approved plan");
        assertThat(vm.canClearBinding().get()).isTrue();
        assertThat(vm.slots().get(3).saved()).isTrue();

        editor.redo();

        assertThat(vm.selectedProperty().get().saved()).isFalse();
        assertThat(vm.canClearBinding().get()).isFalse();
    }

    @Test
    void aClosedDialogNoLongerFollowsTheEdits() {
        saveInto(3, "Approved plan");
        vm.clear();
        vm.dispose();

        editor.undo();

        assertThat(vm.slots().get(3).saved()).isFalse();
        vm = new BaselinesDialogViewModel(editor, fixture.messages, fixture.notifier);
        assertThat(vm.slots().get(3).saved()).isTrue();
    }

    @Test
    void theChartShowsTheBaselineOnceOneIsComparedAndNotWhenItIsCleared() {
        assertThat(editor.showBaselineProperty().get()).isFalse();
        assertThat(editor.showCriticalProperty().get()).isFalse();

        saveInto(0, "Approved plan");
        assertThat(editor.showBaselineProperty().get()).isTrue();

        editor.showBaselineProperty().set(false);
        vm.clear();
        editor.undo();
        assertThat(editor.showBaselineProperty().get()).as("compared again after the undo").isTrue();

        compared.baselines().clear(session().roadmap().id(), 0);
        assertThat(editor.showBaselineProperty().get()).isFalse();
    }

    @Test
    void comparingWithAnotherSlotSwitchesTheColumnsAndIsRemembered() {
        saveInto(0, "Approved plan");
        editor.perform(open -> open.setStart(fixture.id("Build"), LocalDate.of(2025, 3, 20)));
        saveInto(3, "After the slip");
        assertThat(compared.startVariance(item("Build"))).isEqualTo("+3d");

        vm.select(3);
        assertThat(vm.canCompareBinding().get()).isTrue();
        vm.compareWithSelected();

        assertThat(compared.slotProperty().get()).isEqualTo(3);
        assertThat(compared.startVariance(item("Build"))).isEqualTo("0d");
        assertThat(vm.slots()).filteredOn(SlotRow::compared).extracting(SlotRow::slot).containsExactly(3);
        assertThat(vm.comparedTextProperty().get()).endsWith("Baseline 3");
        assertThat(fixture.notifier.infos).contains("Variance is now measured against Baseline 3.");

        // as after a restart: the roadmap opens comparing with slot 3
        editor.close();
        editor.open(fixture.roadmap.id());
        assertThat(editor.comparedBaseline().slotProperty().get()).isEqualTo(3);
        assertThat(editor.comparedBaseline().baselineProperty().get().name()).isEqualTo("After the slip");
    }

    @Test
    void aBaselineWithoutANameIsRefusedWithAReason() {
        vm.nameProperty().set("   ");

        assertThat(vm.save()).isFalse();

        assertThat(vm.errorProperty().get()).isNotEmpty();
        assertThat(vm.slots()).noneMatch(SlotRow::saved);
        assertThat(fixture.editor.canUndo()).isFalse();
    }

    @Test
    void onlyASavedSlotCanBeClearedAndOnlyAnotherSlotCompared() {
        assertThat(vm.canClearBinding().get()).isFalse();
        assertThat(vm.canCompareBinding().get()).isFalse();
        saveInto(0, "Approved plan");
        assertThat(vm.canClearBinding().get()).isTrue();

        vm.select(1);

        assertThat(vm.canClearBinding().get()).isFalse();
        assertThat(vm.canCompareBinding().get()).isTrue();
        assertThat(vm.nameProperty().get()).isEqualTo("Baseline 1");
    }

    @Test
    void onlyRowsComingGoingOrMovingChangeWhatSummariesRollUp() {
        WorkItem build = item("Build");
        WorkItem moved = build.withPlace(fixture.id("Preparation"), build.sortKey());
        WorkItem later = build.withSchedule(build.kind(), build.start().plusDays(1), build.finish().plusDays(1), 5);

        assertThat(ComparedBaseline.changesOutline(
                new WorkItemEdit.Update(build, moved, null))).isTrue();
        assertThat(ComparedBaseline.changesOutline(
                new WorkItemEdit.Update(build, later, null))).isFalse();
    }
}
