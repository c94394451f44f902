package org.coplan.ui.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.coplan.ui.common.ErrorDialogs;
import org.coplan.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A baseline saved through the Baselines dialog, then an item's start typed later in the tree: the row's
 * variance columns show the slip. Build runs Monday 17 to Friday 21 March 2025 in the fixture.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class BaselinesRobotTest {

    private Stage stage;
    private EditorFixture fixture;
    private RoadmapEditorViewModel vm;

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
        // wide enough for every column: with a fixed cell size the tree makes cells only for columns in sight
        ThemedStage.show(stage, 3200, 500);
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

    @Test
    void aSavedBaselineShowsTheSlipOfAnItemMovedAfterwards(FxRobot robot) throws Exception {
        fixture = EditorFixture.inMemory();
        robot.interact(() -> {
            vm = new RoadmapEditorViewModel(fixture.editor, fixture.messages, fixture.notifier, TaskRunner.inline());
            RoadmapEditorView view = new RoadmapEditorView(vm, fixture.messages);
            stage.getScene().setRoot(view);
            view.dividerPositionProperty().set(0.98);
            vm.open(fixture.roadmap.id());
        });
        assertThat(cellText(robot, "start-variance", "Build")).isEmpty();

        CompletableFuture<BaselinesDialog> shown = new CompletableFuture<>();
        robot.interact(() -> {
            BaselinesDialog dialog = new BaselinesDialog(
                    new BaselinesDialogViewModel(vm, fixture.messages, fixture.notifier), fixture.messages,
                    new ErrorDialogs(fixture.messages), stage);
            dialog.setOnShown(event -> shown.complete(dialog));
            dialog.show();
        });
        BaselinesDialog dialog = shown.get(10, TimeUnit.SECONDS);
        robot.doubleClickOn("#baseline-name").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("Approved plan");
        robot.clickOn("#baseline-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#baseline-slots .table-cell").queryAllAs(Labeled.class))
                .anyMatch(cell -> "Approved plan".equals(cell.getText()));
        robot.interact(dialog::close);

        assertThat(cellText(robot, "start-variance", "Build")).isEqualTo("0d");
        robot.clickOn(cell(robot, "start", "Build"));
        robot.type(KeyCode.F2).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("2025-03-20").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.stored("Build").start()).hasDayOfMonth(20);
        assertThat(cellText(robot, "start-variance", "Build")).isEqualTo("+3d");
        assertThat(cellText(robot, "finish-variance", "Build")).isEqualTo("+3d");
        assertThat(cellText(robot, "baseline-start", "Build")).isEqualTo(vm.text().date(
                LocalDate.of(2025, 3, 17)));
    }

    private ItemCell cell(FxRobot robot, String column, String name) {
        return robot.lookup(".tree-table-cell." + column).match((ItemCell cell) -> cell.getItem() != null
                && cell.getItem().name().equals(name)).query();
    }

    private String cellText(FxRobot robot, String column, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        String text = cell(robot, column, name).getText();
        return text == null ? "" : text;
    }
}
