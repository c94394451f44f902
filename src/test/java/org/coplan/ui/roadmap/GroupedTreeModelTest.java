package org.coplan.ui.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import javafx.scene.control.TreeItem;
import org.coplan.domain.WorkItem;
import org.coplan.service.RoadmapSession;
import org.coplan.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tree's rows grouped into swimlanes by lead state or priority area, on a real database: every item in
 * exactly one lane, lanes in the reference order with the items without one last, and edits (a changed lead
 * state, an insert, undo) sorting the lanes again.
 */
class GroupedTreeModelTest {

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

    private RoadmapSession session() {
        return vm.sessionProperty().get();
    }

    private GroupedTreeModel grouped(RowGrouping by) {
        return new GroupedTreeModel(session().plan(), () -> vm.groups(by).orElseThrow(), fixture.messages);
    }

    private void lead(String name, UUID state) {
        session().setLeadState(fixture.id(name), state);
    }

    /** Each lane as its label followed by its items' names. */
    private static List<List<String>> lanes(GroupedTreeModel model) {
        return model.root().getChildren().stream().map(lane -> {
            List<String> names = new java.util.ArrayList<>();
            names.add(((GroupTreeItem) lane).label());
            lane.getChildren().forEach(row -> names.add(row.getValue().name()));
            return List.copyOf(names);
        }).toList();
    }

    @Test
    void groupingByLeadStatePutsEveryItemUnderItsStateInOutlineOrderAndTheItemsWithoutOneLast() {
        lead("Build", fixture.kazakhstan.id());
        lead("Design", fixture.armenia.id());
        lead("Launch", fixture.kazakhstan.id());

        GroupedTreeModel model = grouped(RowGrouping.LEAD_STATE);

        assertThat(lanes(model)).containsExactly(
                List.of("AM — Armenia (1)", "Design"),
                List.of("KZ — Kazakhstan (2)", "Build", "Launch"),
                List.of("No lead state (4)", "Preparation", "Requirements", "Approved", "Work"));
    }

    @Test
    void onlyTheStatesInUseHaveALane() {
        GroupedTreeModel model = grouped(RowGrouping.LEAD_STATE);

        assertThat(lanes(model)).hasSize(1);
        assertThat(lanes(model).getFirst()).first().isEqualTo("No lead state (7)");
    }

    @Test
    void anItemWhoseLeadStateChangesMovesToItsNewLaneKeepingItsRowAndUndoMovesItBack() {
        lead("Build", fixture.kazakhstan.id());
        GroupedTreeModel model = grouped(RowGrouping.LEAD_STATE);
        vm.addChangeListener(applied -> model.apply(applied.change()));
        TreeItem<WorkItem> buildRow = model.existingRow(fixture.id("Build"));

        vm.edits().changeLeadState(fixture.id("Build"), fixture.armenia.id());

        assertThat(lanes(model)).containsExactly(
                List.of("AM — Armenia (1)", "Build"),
                List.of("No lead state (6)", "Preparation", "Requirements", "Design", "Approved", "Work", "Launch"));
        assertThat(model.existingRow(fixture.id("Build"))).isSameAs(buildRow);
        assertThat(buildRow.getValue().leadStateId()).isEqualTo(fixture.armenia.id());

        vm.undo();

        assertThat(lanes(model).getFirst()).containsExactly("KZ — Kazakhstan (1)", "Build");
    }

    @Test
    void anInsertedItemJoinsTheLaneOfItsLeadStateAndRevealOpensACollapsedLane() {
        lead("Preparation", fixture.armenia.id());
        GroupedTreeModel model = grouped(RowGrouping.LEAD_STATE);
        vm.addChangeListener(applied -> model.apply(applied.change()));
        model.root().getChildren().getFirst().setExpanded(false);

        // a new row inside Preparation is led by Preparation's state
        vm.select(List.of(fixture.id("Design")));
        vm.insertItem();
        UUID inserted = vm.selection().getFirst();

        assertThat(lanes(model).getFirst()).hasSize(3).startsWith("AM — Armenia (2)", "Preparation");
        TreeItem<WorkItem> row = model.reveal(inserted);
        assertThat(row.getValue().id()).isEqualTo(inserted);
        assertThat(row.getParent().isExpanded()).isTrue();
    }

    @Test
    void groupingByPriorityAreaPutsTheItemsOfTheAreaInItsLane() {
        session().setPriorityArea(fixture.id("Requirements"), fixture.ict.id());

        GroupedTreeModel model = grouped(RowGrouping.PRIORITY_AREA);

        assertThat(lanes(model).getFirst()).containsExactly(
                vm.choicesProperty().get().priorityAreas().get(1).label() + " (1)", "Requirements");
        assertThat(lanes(model).get(1).getFirst()).isEqualTo("No priority area (6)");
    }
}
