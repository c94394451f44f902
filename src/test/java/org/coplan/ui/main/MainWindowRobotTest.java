package org.coplan.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.coplan.l10n.Messages;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.port.PlanDatabase;
import org.coplan.ui.common.ErrorDialogs;
import org.coplan.ui.common.FxTaskRunner;
import org.coplan.ui.common.Stylesheets;
import org.coplan.ui.navigator.NavigatorNode;
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
 * The whole main window on a plan database in a temporary folder: the sample plan is loaded on the first
 * start, the navigator lists its programmes, and choosing a roadmap opens it in the editor.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MainWindowRobotTest {

    private static final long TIMEOUT_SECONDS = 30;

    @TempDir
    Path folder;

    private PlanDatabase database;
    private FxTaskRunner tasks;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
        Messages messages = Messages.english();
        Startup.Outcome outcome = new Startup(
                () -> H2PlanDatabase.openFile(folder.resolve("db"), ChangeAuthor.newReplica("tester")), messages).run();
        Startup.Outcome.Ready ready = (Startup.Outcome.Ready) outcome;
        assertThat(ready.sampleLoaded()).as("an empty database gets the sample").isTrue();
        database = ready.database();
        tasks = new FxTaskRunner();
        window = new MainWindow(stage, database, messages, tasks, new ErrorDialogs(messages), WindowState.DEFAULT,
                () -> null, stage::close, () -> { });
        Scene scene = new Scene(window.view(), 1280, 800);
        Stylesheets.applyTo(scene);
        stage.setScene(scene);
        stage.show();
        window.start(WindowState.DEFAULT);
    }

    @AfterEach
    void close(FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            window.dispose();
            stage.close();
        });
        tasks.close();
        database.close();
    }

    @Test
    void theNavigatorListsTheSampleProgrammesAndChoosingARoadmapOpensIt(FxRobot robot) throws TimeoutException {
        long programmes = database.read(store -> store.programmes().count());
        TreeView<NavigatorNode> navigator = robot.lookup("#navigator-tree").queryAs(TreeView.class);
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> navigator.getRoot().getChildren().size() == programmes);
        assertThat(programmes).isGreaterThanOrEqualTo(3);
        List<String> titles = navigator.getRoot().getChildren().stream()
                .map(item -> item.getValue().programme().programme().title()).toList();
        assertThat(titles).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);

        // the first roadmap of the first programme opens by itself
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> window.model().roadmapEditor().sessionProperty().get() != null);
        NavigatorNode.RoadmapNode first = (NavigatorNode.RoadmapNode) navigator.getRoot().getChildren().getFirst()
                .getChildren().getFirst().getValue();
        assertThat(window.model().openRoadmapProperty().get()).isEqualTo(first.id());

        NavigatorNode.RoadmapNode last = (NavigatorNode.RoadmapNode) navigator.getRoot().getChildren().getLast()
                .getChildren().getFirst().getValue();
        TreeCell<?> lastCell = robot.lookup(".roadmap-cell").queryAllAs(TreeCell.class).stream()
                .filter(cell -> cell.getItem() != null && ((NavigatorNode) cell.getItem()).id().equals(last.id()))
                .findFirst().orElseThrow();
        robot.clickOn(lastCell);

        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> {
            var session = window.model().roadmapEditor().sessionProperty().get();
            return session != null && session.roadmap().id().equals(last.id());
        });
        assertThat(stage.getTitle()).isEqualTo("Coplan — " + last.roadmap().roadmap().name() + " — "
                + last.programme().programme().title());
        TreeTableView<?> rows = robot.lookup(".roadmap-tree").queryAs(TreeTableView.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows.getExpandedItemCount()).isPositive();
        assertThat(robot.lookup("#status-counts").queryLabeled().getText()).contains(programmes + " programmes");
        assertThat(window.state(WindowState.DEFAULT).lastRoadmapId()).as("remembered for the next start")
                .contains(last.id());
    }

    @Test
    void theStateFilterNarrowsTheNavigator(FxRobot robot) throws TimeoutException {
        TreeView<NavigatorNode> navigator = robot.lookup("#navigator-tree").queryAs(TreeView.class);
        long programmes = database.read(store -> store.programmes().count());
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> navigator.getRoot().getChildren().size() == programmes);
        var filter = window.model().navigator();
        var narrowing = filter.stateChoices().stream().skip(1)
                .filter(choice -> filter.programmes().stream()
                        .filter(s -> s.programme().stateIds().contains(choice.id())).count() < programmes)
                .findFirst().orElseThrow();

        robot.interact(() -> filter.stateFilterProperty().set(narrowing));

        assertThat(navigator.getRoot().getChildren()).hasSizeLessThan((int) programmes)
                .allMatch(item -> item.getValue().programme().programme().stateIds().contains(narrowing.id()));
    }
}
