package org.coplan.ui.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.coplan.domain.RoadmapPlan;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.service.RoadmapSession;
import org.coplan.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The roadmap editor's view model on a real in-memory database: act as the tree's keys would, then check
 * the plan, the stored rows, the selection, and that undo puts everything back.
 */
class RoadmapEditorViewModelTest {

    private EditorFixture fixture;
    private RoadmapEditorViewModel vm;

    @BeforeEach
    void openTheRoadmap() {
        fixture = EditorFixture.inMemory();
        vm = new RoadmapEditorViewModel(fixture.editor, fixture.messages, fixture.notifier, TaskRunner.inline());
        vm.open(fixture.roadmap.id());
    }

    @AfterEach
    void closeTheDatabase() {
        vm.close();
        fixture.close();
    }

    private RoadmapPlan plan() {
        return vm.sessionProperty().get().plan();
    }

    private String wbs(String name) {
        return plan().wbs(fixture.id(name));
    }

    private void select(String... names) {
        List<UUID> ids = new ArrayList<>();
        for (String name : names) {
            ids.add(fixture.id(name));
        }
        vm.select(ids);
    }

    @Test
    void openingShowsTheRoadmapByName() {
        assertThat(vm.sessionProperty().get()).isNotNull();
        assertThat(vm.titleProperty().get()).isEqualTo("Action plan");
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(plan().size()).isEqualTo(7);
    }

    @Test
    void openingSelectsTheFirstRowSoThatKeysWorkAtOnce() {
        assertThat(vm.selection()).containsExactly(fixture.id("Preparation"));
        assertThat(vm.selectedItemProperty().get().name()).isEqualTo("Preparation");
    }

    @Test
    void openingAnUnknownRoadmapTellsTheUserAndOpensNothing() {
        vm.open(UUID.randomUUID());

        assertThat(vm.sessionProperty().get()).isNull();
        assertThat(fixture.notifier.errors).hasSize(1);
        assertThat(vm.titleProperty().get()).isEqualTo("No roadmap open");
    }

    @Test
    void aRoadmapThatFinishesLoadingAfterAnotherWasAskedForIsDropped() {
        List<Runnable> pending = new ArrayList<>();
        TaskRunner later = new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                pending.add(() -> {
                    try {
                        onSuccess.accept(work.call());
                    } catch (Exception failure) {
                        onFailure.accept(failure);
                    }
                });
            }
        };
        RoadmapEditorViewModel slow = new RoadmapEditorViewModel(fixture.editor, fixture.messages,
                fixture.notifier, later);
        slow.open(fixture.roadmap.id());
        slow.open(fixture.roadmap.id());
        assertThat(slow.loadingProperty().get()).isTrue();

        pending.getLast().run();
        RoadmapSession shown = slow.sessionProperty().get();
        pending.getFirst().run();

        assertThat(slow.sessionProperty().get()).isSameAs(shown);
        assertThat(slow.loadingProperty().get()).isFalse();
        slow.close();
    }

    @Test
    void insertAddsAnActivityAboveTheSelectedRowAndSelectsItUntilUndone() {
        select("Design");

        vm.insertItem();

        WorkItem inserted = vm.selectedItemProperty().get();
        assertThat(inserted.kind()).isEqualTo(WorkItemKind.ACTIVITY);
        assertThat(plan().wbs(inserted.id())).isEqualTo("1.2");
        assertThat(wbs("Design")).isEqualTo("1.3");
        assertThat(vm.selection()).containsExactly(inserted.id());
        assertThat(fixture.storedNames()).hasSize(8);

        vm.undo();

        assertThat(plan().find(inserted.id())).isEmpty();
        assertThat(wbs("Design")).isEqualTo("1.2");
        assertThat(fixture.storedNames()).hasSize(7);
        assertThat(vm.selection()).doesNotContain(inserted.id());

        vm.redo();

        assertThat(plan().find(inserted.id())).isPresent();
        assertThat(vm.selection()).containsExactly(inserted.id());
    }

    @Test
    void insertMilestoneAddsAMilestoneOfNoDuration() {
        select("Launch");

        vm.insertMilestone();

        WorkItem inserted = vm.selectedItemProperty().get();
        assertThat(inserted.kind()).isEqualTo(WorkItemKind.MILESTONE);
        assertThat(inserted.durationDays()).isZero();
        assertThat(plan().wbs(inserted.id())).isEqualTo("3");
    }

    @Test
    void addingAMilestoneOnADayPutsItAboveTheRowOnThatDayAndOneUndoTakesItAway() {
        LocalDate day = fixture.stored("Build").start().plusDays(2);
        int before = plan().size();

        vm.insertMilestoneOn(fixture.id("Build"), day);

        WorkItem inserted = vm.selectedItemProperty().get();
        assertThat(inserted.kind()).isEqualTo(WorkItemKind.MILESTONE);
        assertThat(inserted.start()).isEqualTo(day);
        assertThat(inserted.parentId()).isEqualTo(fixture.id("Work"));
        assertThat(plan().wbs(inserted.id())).isEqualTo("2.1");
        WorkItem stored = fixture.database.read(store -> store.workItems().find(inserted.id())).orElseThrow();
        assertThat(stored.start()).isEqualTo(day);

        vm.undo();

        assertThat(plan().size()).isEqualTo(before);
        assertThat(plan().find(inserted.id())).isEmpty();
        assertThat(vm.canUndoProperty().get()).as("the insert was the only step").isFalse();
    }

    @Test
    void linkingTheSelectionMakesEachSelectedRowThePredecessorOfTheNextInOneUndoableStep() {
        select("Build", "Launch");

        vm.linkSelected();

        assertThat(vm.sessionProperty().get().predecessorsText(fixture.id("Launch"))).isEqualTo("2.1");
        vm.undo();
        assertThat(vm.sessionProperty().get().predecessorsText(fixture.id("Launch"))).isEmpty();
    }

    @Test
    void groupingAndColouringStartAsTheOutlineAndTheKindAndLanesExistOnlyForAnOpenRoadmap() {
        assertThat(vm.groupingProperty().get()).isEqualTo(RowGrouping.WBS);
        assertThat(vm.colouringProperty().get()).isEqualTo(BarColouring.KIND);
        assertThat(vm.groups(RowGrouping.WBS)).isEmpty();
        assertThat(vm.groups(RowGrouping.LEAD_STATE)).isPresent();

        vm.close();

        assertThat(vm.groups(RowGrouping.LEAD_STATE)).isEmpty();
    }

    @Test
    void renamingIsUndoneAndRedoneAndTheMenuSaysWhat() {
        assertThat(vm.canUndoProperty().get()).isFalse();
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo");

        assertThat(vm.edits().rename(fixture.id("Design"), "Detailed design")).isTrue();

        assertThat(fixture.stored("Design").name()).isEqualTo("Detailed design");
        assertThat(vm.canUndoProperty().get()).isTrue();
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Rename \"Design\"");

        vm.undo();

        assertThat(fixture.stored("Design").name()).isEqualTo("Design");
        assertThat(plan().item(fixture.id("Design")).name()).isEqualTo("Design");
        assertThat(vm.canUndoProperty().get()).isFalse();
        assertThat(vm.canRedoProperty().get()).isTrue();
        assertThat(vm.redoTextProperty().get()).isEqualTo("Redo Rename \"Design\"");

        vm.redo();

        assertThat(fixture.stored("Design").name()).isEqualTo("Detailed design");
        assertThat(vm.redoTextProperty().get()).isEqualTo("Redo");
    }

    @Test
    void theSelectedItemFollowsEditsOfItsRow() {
        select("Design");

        vm.edits().changeDuration(fixture.id("Design"), "8 d");

        assertThat(vm.selectedItemProperty().get().durationDays()).isEqualTo(8);
        assertThat(fixture.stored("Design").durationDays()).isEqualTo(8);
    }

    @Test
    void indentKeepsTheRowSelectedAndUndoRestoresTheOutline() {
        select("Work");

        vm.indentSelected();

        assertThat(wbs("Work")).isEqualTo("1.4");
        assertThat(wbs("Build")).isEqualTo("1.4.1");
        assertThat(wbs("Launch")).isEqualTo("2");
        assertThat(vm.selection()).containsExactly(fixture.id("Work"));
        assertThat(fixture.stored("Work").parentId()).isEqualTo(fixture.id("Preparation"));

        vm.undo();

        assertThat(wbs("Work")).isEqualTo("2");
        assertThat(wbs("Build")).isEqualTo("2.1");
        assertThat(fixture.stored("Work").parentId()).isNull();
        assertThat(vm.selection()).containsExactly(fixture.id("Work"));
    }

    @Test
    void outdentAndMovesAreOneStepEachAndKeepTheSelection() {
        select("Design");

        vm.outdentSelected();
        assertThat(wbs("Design")).isEqualTo("2");
        vm.moveSelectedDown();
        assertThat(wbs("Design")).isEqualTo("3");
        vm.moveSelectedUp();
        assertThat(wbs("Design")).isEqualTo("2");
        assertThat(vm.selection()).containsExactly(fixture.id("Design"));
        assertThat(fixture.history.undoSize()).isEqualTo(3);

        vm.undo();
        vm.undo();
        vm.undo();

        assertThat(wbs("Design")).isEqualTo("1.2");
        assertThat(fixture.stored("Design").parentId()).isEqualTo(fixture.id("Preparation"));
    }

    @Test
    void outdentingATopLevelRowIsRefusedWithAMessage() {
        select("Launch");

        vm.outdentSelected();

        assertThat(fixture.notifier.errors).hasSize(1);
        assertThat(fixture.notifier.errors.getFirst().key()).isEqualTo("rule.outdent-top-level");
        assertThat(fixture.history.undoSize()).isZero();
    }

    @Test
    void textThatIsNoDurationIsRefusedNamingTheItemAndNothingIsStored() {
        boolean accepted = vm.edits().changeDuration(fixture.id("Design"), "five days");

        assertThat(accepted).isFalse();
        assertThat(fixture.notifier.errors).hasSize(1);
        String message = fixture.messages.text(fixture.notifier.errors.getFirst());
        assertThat(message).contains("1.2 Design").contains("five days");
        assertThat(fixture.stored("Design").durationDays()).isEqualTo(5);
        assertThat(fixture.history.undoSize()).isZero();
    }

    @Test
    void durationsAreReadAsPlannersTypeThem() {
        UUID design = fixture.id("Design");

        vm.edits().changeDuration(design, "7");
        assertThat(fixture.stored("Design").durationDays()).isEqualTo(7);
        vm.edits().changeDuration(design, "9d");
        assertThat(fixture.stored("Design").durationDays()).isEqualTo(9);
        vm.edits().changeDuration(design, "4 d");
        assertThat(fixture.stored("Design").durationDays()).isEqualTo(4);
        assertThat(fixture.notifier.errors).isEmpty();
    }

    @Test
    void aFinishBeforeTheStartIsRefusedAndTheOldFinishKept() {
        // only a manually scheduled item keeps its start when a finish is typed (an automatic one moves)
        try (RoadmapSession other = RoadmapSession.open(fixture.editor, fixture.roadmap.id())) {
            other.setManual(List.of(fixture.id("Design")), true);
        }
        WorkItem design = fixture.stored("Design");

        boolean accepted = vm.edits().changeFinish(design.id(), design.start().minusDays(3));

        assertThat(accepted).isFalse();
        assertThat(fixture.notifier.errors).hasSize(1);
        assertThat(fixture.stored("Design").finish()).isEqualTo(design.finish());
    }

    @Test
    void anUnreadableDateIsRefusedWithTheFieldNamed() {
        boolean accepted = vm.edits().changeStart(fixture.id("Design"), "next tuesday");

        assertThat(accepted).isFalse();
        assertThat(fixture.messages.text(fixture.notifier.errors.getFirst()))
                .contains("1.2 Design").contains("next tuesday").contains("start");
    }

    @Test
    void percentCompleteOutsideZeroToHundredIsRefused() {
        assertThat(vm.edits().changePercentComplete(fixture.id("Design"), "40%")).isTrue();
        assertThat(vm.edits().changePercentComplete(fixture.id("Design"), "140")).isFalse();

        assertThat(fixture.stored("Design").percentComplete()).isEqualTo(40);
        assertThat(fixture.notifier.errors).hasSize(1);
    }

    @Test
    void predecessorsAreSetFromTextAndUnchangedTextStoresNothing() {
        UUID launch = fixture.id("Launch");

        assertThat(vm.edits().changePredecessors(launch, "2.1FS+2d")).isTrue();
        assertThat(vm.sessionProperty().get().predecessorsText(launch)).isEqualTo("2.1FS+2d");
        int steps = fixture.history.undoSize();

        vm.edits().changePredecessors(launch, "2.1FS+2d");

        assertThat(fixture.history.undoSize()).isEqualTo(steps);
    }

    @Test
    void deletingABranchAsksFirstAndUndoBringsTheWholeBranchBack() {
        select("Preparation");

        assertThat(vm.deleteConfirmation()).contains("Delete \"1 Preparation\" and its 3 sub-items?");
        vm.deleteSelected();

        assertThat(fixture.storedNames()).containsExactly("Build", "Launch", "Work");
        assertThat(wbs("Work")).isEqualTo("1");
        assertThat(vm.selection()).isEmpty();

        vm.undo();

        assertThat(fixture.storedNames()).hasSize(7);
        assertThat(wbs("Design")).isEqualTo("1.2");
        assertThat(vm.sessionProperty().get().predecessorsText(fixture.id("Build"))).isEqualTo("1.3");
        assertThat(vm.selection()).containsExactly(fixture.id("Preparation"));
    }

    @Test
    void deletingRowsWithoutSubItemsNeedsNoQuestion() {
        select("Requirements", "Launch");

        assertThat(vm.deleteConfirmation()).isEmpty();
        vm.deleteSelected();

        assertThat(fixture.storedNames()).doesNotContain("Requirements", "Launch");
        assertThat(fixture.history.undoSize()).isEqualTo(1);
    }

    @Test
    void copiedRowsArePastedAboveTheSelectedRowAsNewRowsAndSelected() {
        select("Preparation");
        vm.copySelected();
        assertThat(vm.canPasteProperty().get()).isTrue();
        assertThat(fixture.notifier.infos).containsExactly("Copied 4 rows.");

        select("Launch");
        vm.pasteAfterSelected();

        assertThat(fixture.storedNames()).hasSize(11);
        UUID pasted = vm.selection().getFirst();
        assertThat(vm.selection()).hasSize(1);
        assertThat(plan().item(pasted).name()).isEqualTo("Preparation");
        assertThat(plan().wbs(pasted)).isEqualTo("3");
        assertThat(wbs("Launch")).isEqualTo("4");

        vm.undo();

        assertThat(fixture.storedNames()).hasSize(7);
    }

    @Test
    void pastingBeforeCopyingSaysSo() {
        vm.pasteAfterSelected();

        assertThat(fixture.notifier.infos).containsExactly("Nothing to paste: copy rows first (Ctrl+C).");
        assertThat(fixture.history.undoSize()).isZero();
    }

    @Test
    void settingTheSelectedItemFromOutsideSelectsThatRowAlone() {
        select("Requirements", "Design");

        vm.selectedItemProperty().set(plan().item(fixture.id("Launch")));

        assertThat(vm.selection()).containsExactly(fixture.id("Launch"));
    }

    @Test
    void closingEmptiesTheEditor() {
        select("Design");

        vm.close();

        assertThat(vm.sessionProperty().get()).isNull();
        assertThat(vm.selection()).isEmpty();
        assertThat(vm.selectedItemProperty().get()).isNull();
        assertThat(vm.titleProperty().get()).isEqualTo("No roadmap open");
    }
}
