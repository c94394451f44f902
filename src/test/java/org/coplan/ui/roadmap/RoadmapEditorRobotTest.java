package org.coplan.ui.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The roadmap editor driven by keyboard and mouse on a plan database in a folder: a name typed into the tree
 * is still there after the database is closed and opened again (as after a restart), and Insert adds a row
 * that Ctrl+Z takes away.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RoadmapEditorRobotTest {

    @TempDir
    Path folder;

    private Stage stage;
    private EditorFixture fixture;
    private RoadmapEditorViewModel vm;

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
        ThemedStage.show(stage, 1400, 500);
    }

    @AfterEach
    void closeTheDatabase(FxRobot robot) {
        if (vm != null) {
            robot.interact(vm::close);
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    private void showEditor(FxRobot robot) {
        fixture = EditorFixture.createIn(folder);
        robot.interact(() -> {
            vm = new RoadmapEditorViewModel(fixture.editor, fixture.messages, fixture.notifier, TaskRunner.inline());
            RoadmapEditorView view = new RoadmapEditorView(vm, fixture.messages);
            stage.getScene().setRoot(view);
            // room for every column, so that the robot can click any cell
            view.dividerPositionProperty().set(0.95);
            vm.open(fixture.roadmap.id());
            view.focusTree();
        });
    }

    private Node nameCell(FxRobot robot, String name) {
        return robot.lookup(".name-cell").match((Node cell) -> cell instanceof ItemCell item
                && item.getItem() != null && item.getItem().name().equals(name)).query();
    }

    @SuppressWarnings("unchecked")
    private TreeTableView<WorkItem> tree(FxRobot robot) {
        return robot.lookup(".roadmap-tree").queryAs(TreeTableView.class);
    }

    @Test
    void aNameTypedIntoTheTreeIsFoundAfterReopeningTheDatabase(FxRobot robot) {
        showEditor(robot);

        robot.clickOn(nameCell(robot, "Design"));
        robot.type(KeyCode.F2);
        robot.write("Detailed design");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.stored("Design").name()).isEqualTo("Detailed design");
        assertThat(nameCell(robot, "Detailed design")).isNotNull();
        assertThat(tree(robot).getEditingCell()).isNull();

        robot.interact(vm::close);
        fixture.close();
        fixture = EditorFixture.reopen(folder);

        assertThat(fixture.storedNames()).contains("Detailed design").doesNotContain("Design");
    }

    @Test
    void insertAddsARowAboveTheSelectedOneAndCtrlZTakesItAway(FxRobot robot) {
        showEditor(robot);
        int rows = tree(robot).getExpandedItemCount();

        robot.clickOn(nameCell(robot, "Build"));
        robot.type(KeyCode.INSERT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(tree(robot).getExpandedItemCount()).isEqualTo(rows + 1);
        assertThat(fixture.storedNames()).hasSize(8).contains("New activity");
        WorkItem selected = tree(robot).getSelectionModel().getSelectedItem().getValue();
        assertThat(selected.name()).isEqualTo("New activity");
        assertThat(vm.sessionProperty().get().plan().wbs(selected.id())).isEqualTo("2.1");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(tree(robot).getExpandedItemCount()).isEqualTo(rows);
        assertThat(fixture.storedNames()).hasSize(7).doesNotContain("New activity");
    }

    @Test
    void tabIndentsTheSelectedRowAndShiftTabOutdentsIt(FxRobot robot) {
        showEditor(robot);

        robot.clickOn(nameCell(robot, "Launch"));
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.stored("Launch").parentId()).isEqualTo(fixture.id("Work"));
        assertThat(tree(robot).getSelectionModel().getSelectedItem().getValue().name()).isEqualTo("Launch");

        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.stored("Launch").parentId()).isNull();
    }

    @Test
    void clickingTheSelectedRowAgainSelectsButADoubleClickEdits(FxRobot robot) {
        showEditor(robot);

        robot.interact(() -> vm.select(List.of(fixture.id("Design"))));
        robot.clickOn(nameCell(robot, "Design"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tree(robot).getEditingCell()).isNull();
        assertThat(vm.selectedItemProperty().get().name()).isEqualTo("Design");

        // a little to the side: clicks on the very same spot would count on from the click before
        robot.moveTo(nameCell(robot, "Design")).moveBy(30, 0).doubleClickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tree(robot).getEditingCell()).isNotNull();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tree(robot).getEditingCell()).isNull();
        assertThat(fixture.stored("Design").name()).isEqualTo("Design");
    }

    @Test
    void typingOnARowReplacesTheNameWithWhatIsTyped(FxRobot robot) {
        showEditor(robot);

        robot.clickOn(nameCell(robot, "Build"));
        robot.write("Prototype");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.stored("Build").name()).isEqualTo("Prototype");
    }

    @Test
    void anInvalidDurationIsRefusedAndTheCellKeepsItsValue(FxRobot robot) {
        showEditor(robot);
        Node duration = robot.lookup(".tree-table-cell.duration").match((Node cell) -> cell instanceof ItemCell item
                && item.getItem() != null && item.getItem().name().equals("Design")).query();

        robot.doubleClickOn(duration);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tree(robot).getEditingCell()).isNotNull();
        robot.write("soon");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.notifier.errors).hasSize(1);
        assertThat(fixture.stored("Design").durationDays()).isEqualTo(5);
        assertThat(((ItemCell) duration).getText()).isEqualTo("5 d");
    }

    private Node cell(FxRobot robot, String column, String item) {
        return robot.lookup(".tree-table-cell." + column).match((Node cell) -> cell instanceof ItemCell itemCell
                && itemCell.getItem() != null && itemCell.getItem().name().equals(item)).query();
    }

    @Test
    void aStartTypedIntoTheDateCellMovesTheItemAndKeepsItsDuration(FxRobot robot) {
        showEditor(robot);

        robot.doubleClickOn(cell(robot, "start", "Design"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("2025-03-17");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.stored("Design").start()).isEqualTo(EditorFixture.MONDAY.plusDays(14));
        assertThat(fixture.stored("Design").durationDays()).isEqualTo(5);
        assertThat(((ItemCell) cell(robot, "start", "Design")).getText()).isEqualTo("Mar 17, 2025");
    }

    @Test
    void aKindPickedFromTheListIsStored(FxRobot robot) {
        showEditor(robot);

        robot.doubleClickOn(cell(robot, "kind", "Design"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.stored("Design").kind()).isEqualTo(WorkItemKind.MILESTONE);
        assertThat(tree(robot).getEditingCell()).isNull();
    }
}
