package org.coplan.ui.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coplan.domain.ConstraintType;
import org.coplan.domain.WorkItemKind;
import org.coplan.ui.common.TaskRunner;
import org.coplan.ui.roadmap.EditorFixture;
import org.coplan.ui.roadmap.RoadmapEditorViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The property sheet's fields on a real in-memory database: they show, store, refuse and undo. */
class ItemPropertiesViewModelTest {

    private EditorFixture fixture;
    private RoadmapEditorViewModel editor;
    private ItemPropertiesViewModel vm;

    @BeforeEach
    void openTheRoadmap() {
        fixture = EditorFixture.inMemory();
        editor = new RoadmapEditorViewModel(fixture.editor, fixture.messages, fixture.notifier, TaskRunner.inline());
        vm = new ItemPropertiesViewModel(editor, fixture.messages, fixture.notifier);
        editor.open(fixture.roadmap.id());
    }

    @AfterEach
    void closeTheDatabase() {
        editor.close();
        fixture.close();
    }

    @SuppressWarnings("unchecked")
    private <T> ItemField<T> field(String id) {
        return (ItemField<T>) vm.field(id).orElseThrow();
    }

    private void select(String name) {
        editor.select(List.of(fixture.id(name)));
    }

    @Test
    void withoutASelectedItemNothingIsShownOrEditable() {
        editor.select(List.of());

        assertThat(vm.itemProperty().get()).isNull();
        assertThat(vm.fields()).allMatch(field -> field.getValue() == null && !field.editableProperty().get());
        assertThat(field("name").commit("Anything")).isFalse();
    }

    @Test
    void theSelectedItemsFieldsAreShownInFourGroups() {
        select("Design");

        assertThat(vm.headingProperty().get()).isEqualTo("1.2 Design");
        assertThat(field("wbs").getValue()).isEqualTo("1.2");
        assertThat(field("name").getValue()).isEqualTo("Design");
        assertThat(field("kind").getValue()).isEqualTo(WorkItemKind.ACTIVITY);
        assertThat(field("duration").getValue()).isEqualTo("5 d");
        assertThat(field("percent-complete").getValue()).isEqualTo("0%");
        assertThat(field("predecessors").getValue()).isEqualTo("1.1");
        assertThat(field("constraint-type").getValue()).isEqualTo(ConstraintType.AS_SOON_AS_POSSIBLE);
        assertThat(vm.fields()).extracting(ItemField::category).containsOnly(ItemField.Category.values());
        assertThat(field("lead-state").choicesProperty().get()).extracting(choice -> choice.shortLabel())
                .containsExactly("—", "AM", "KZ");
    }

    @Test
    void theWbsCodeIsReadOnlyAndAMilestoneHasNoDurationToEdit() {
        select("Approved");

        assertThat(field("wbs").editableProperty().get()).isFalse();
        assertThat(field("duration").editableProperty().get()).isFalse();
        assertThat(field("name").editableProperty().get()).isTrue();
        assertThat(field("constraint-date").editableProperty().get()).isFalse();
    }

    @Test
    void aNewNameIsStoredAsOneStepAndUndoPutsTheOldOneBack() {
        select("Design");

        assertThat(field("name").commit("Detailed design")).isTrue();

        assertThat(fixture.stored("Design").name()).isEqualTo("Detailed design");
        assertThat(field("name").getValue()).isEqualTo("Detailed design");
        assertThat(vm.headingProperty().get()).isEqualTo("1.2 Detailed design");
        assertThat(fixture.history.undoSize()).isEqualTo(1);

        editor.undo();

        assertThat(fixture.stored("Design").name()).isEqualTo("Design");
        assertThat(field("name").getValue()).isEqualTo("Design");
    }

    @Test
    void switchingToManualSchedulingIsOneStepWithAutoAndManualOffered() {
        select("Design");
        ItemField<Boolean> manual = field("manual");
        assertThat(manual.getValue()).isFalse();
        assertThat(manual.choicesProperty().get()).extracting(choice -> choice.label())
                .containsExactly("Auto", "Manual");

        assertThat(manual.commit(true)).isTrue();

        assertThat(fixture.stored("Design").manual()).isTrue();
        assertThat(manual.getValue()).isTrue();
        assertThat(fixture.history.undoSize()).isEqualTo(1);
    }

    @Test
    void anUnchangedValueStoresNothing() {
        select("Design");

        assertThat(field("name").commit("Design")).isFalse();

        assertThat(fixture.history.undoSize()).isZero();
    }

    @Test
    void aRefusedDurationLeavesTheFieldAndTheDatabaseAsTheyWere() {
        select("Design");

        assertThat(field("duration").commit("-3")).isFalse();

        assertThat(field("duration").getValue()).isEqualTo("5 d");
        assertThat(fixture.stored("Design").durationDays()).isEqualTo(5);
        assertThat(fixture.notifier.errors).extracting(problem -> problem.key())
                .containsExactly("rule.item-negative-duration");
    }

    @Test
    void datesAndResponsibilityAreStoredAndUndone() {
        select("Design");
        LocalDate start = EditorFixture.MONDAY.plusDays(7);
        UUID kazakhstan = fixture.kazakhstan.id();

        field("start").commit(start);
        field("lead-state").commit(kazakhstan);
        field("participating-states").commit(Set.of(fixture.armenia.id(), kazakhstan));
        field("priority-area").commit(fixture.ict.id());
        field("deliverable").commit("Design report");

        assertThat(fixture.stored("Design").start()).isEqualTo(start);
        assertThat(fixture.stored("Design").leadStateId()).isEqualTo(kazakhstan);
        assertThat(fixture.stored("Design").participatingStateIds()).containsExactlyInAnyOrder(fixture.armenia.id(),
                kazakhstan);
        assertThat(fixture.stored("Design").priorityAreaId()).isEqualTo(fixture.ict.id());
        assertThat(field("deliverable").getValue()).isEqualTo("Design report");
        assertThat(fixture.history.undoSize()).isEqualTo(5);

        for (int i = 0; i < 5; i++) {
            editor.undo();
        }

        assertThat(fixture.stored("Design").start()).isEqualTo(EditorFixture.MONDAY.plusDays(3));
        assertThat(fixture.stored("Design").leadStateId()).isNull();
        assertThat(fixture.stored("Design").participatingStateIds()).isEmpty();
        assertThat(field("deliverable").getValue()).isNull();
    }

    @Test
    void aConstraintThatNeedsADateTakesTheItemsStartAndSaysSo() {
        select("Design");

        field("constraint-type").commit(ConstraintType.START_NO_EARLIER_THAN);

        assertThat(fixture.stored("Design").constraint().date()).isEqualTo(fixture.stored("Design").start());
        assertThat(field("constraint-date").editableProperty().get()).isTrue();
        assertThat(fixture.notifier.infos).hasSize(1);

        LocalDate later = EditorFixture.MONDAY.plusDays(30);
        field("constraint-date").commit(later);

        assertThat(fixture.stored("Design").constraint().date()).isEqualTo(later);
        assertThat(fixture.stored("Design").constraint().type()).isEqualTo(ConstraintType.START_NO_EARLIER_THAN);
    }

    @Test
    void theWbsFieldFollowsEditsOfOtherRows() {
        select("Design");

        editor.select(List.of(fixture.id("Requirements")));
        editor.deleteSelected();
        select("Design");

        assertThat(field("wbs").getValue()).isEqualTo("1.1");
        assertThat(field("predecessors").getValue()).isEqualTo("");
    }

    @Test
    void typedTextThatIsNoDateIsRefusedNamingTheItem() {
        select("Design");

        assertThat(field("finish").commitText("soon")).isFalse();

        assertThat(fixture.messages.text(fixture.notifier.errors.getFirst())).contains("1.2 Design", "soon");
    }
}
