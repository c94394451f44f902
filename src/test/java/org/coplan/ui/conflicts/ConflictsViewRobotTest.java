package org.coplan.ui.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.coplan.l10n.Messages;
import org.coplan.ui.common.ErrorDialogs;
import org.coplan.ui.common.FxTaskRunner;
import org.coplan.ui.common.Stylesheets;
import org.coplan.ui.conflicts.ConflictsViewModel.ConflictRow;
import org.coplan.ui.main.MainWindow;
import org.coplan.ui.main.WindowState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two replicas edit different fields and the same field of one item and exchange packages; Anna's main window
 * points at the one conflict, the Conflicts view lists exactly it, and after "Keep theirs" and another exchange
 * both replicas hold the same plan.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ConflictsViewRobotTest {

    private static final long TIMEOUT_SECONDS = 30;

    private static TwoReplicas replicas;
    private FxTaskRunner tasks;
    private MainWindow window;
    private Stage stage;

    // made before the window, off the JavaFX thread: two databases and two exchanges take a while on a busy machine
    @BeforeAll
    static void twoReplicasThatEditedOneItem() {
        replicas = new TwoReplicas();
        replicas.editConcurrently();
        replicas.exchange();
    }

    @AfterAll
    static void closeTheReplicas() {
        replicas.close();
    }

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
        Messages messages = Messages.english();
        tasks = new FxTaskRunner();
        window = new MainWindow(stage, replicas.anna, messages, tasks, new ErrorDialogs(messages),
                WindowState.DEFAULT, () -> null, stage::close, () -> { });
        Scene scene = new Scene(window.view(), 1280, 800);
        Stylesheets.applyTo(scene);
        stage.setScene(scene);
        stage.show();
        window.start(WindowState.DEFAULT);
    }

    @AfterEach
    void close(FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            Window.getWindows().stream().filter(open -> open != stage).toList().forEach(open -> {
                if (open instanceof Stage other) {
                    other.close();
                }
            });
            window.dispose();
            stage.close();
        });
        tasks.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOneConflictIsShownAndKeepingTheirsLeavesBothReplicasIdenticalAfterTheNextExchange(FxRobot robot)
            throws TimeoutException {
        Hyperlink hint = robot.lookup("#status-hint").queryAs(Hyperlink.class);
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, hint::isVisible);
        assertThat(hint.getText()).isEqualTo("1 open conflict");

        robot.clickOn(hint);
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> robot.lookup("#conflict-list").tryQuery().isPresent());
        TableView<ConflictRow> table = robot.lookup("#conflict-list").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());

        assertThat(table.getItems()).singleElement().satisfies(row -> {
            assertThat(row.item()).isEqualTo("1 Survey of laboratories");
            assertThat(row.field()).isEqualTo("Deliverable");
            assertThat(row.mine()).isEqualTo("Anna's report");
            assertThat(row.theirs()).isEqualTo("Boris's report");
            assertThat(row.from()).startsWith("boris@");
        });
        robot.clickOn("#conflict-keep-theirs");
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> table.getItems().isEmpty());
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> !hint.isVisible());

        replicas.exchange();

        assertThat(replicas.borissPlan()).isEqualTo(replicas.annasPlan())
                .contains("work_item/" + replicas.itemId + "/deliverable=\"Boris's report\"",
                        "work_item/" + replicas.itemId + "/name=\"Survey of laboratories\"",
                        "work_item/" + replicas.itemId + "/notes=\"agreed at the council\"");
    }
}
