package org.coplan.ui.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.coplan.domain.Ids;
import org.coplan.domain.LocalizedName;
import org.coplan.domain.PriorityArea;
import org.coplan.domain.Programme;
import org.coplan.domain.WorkCalendar;
import org.coplan.l10n.Messages;
import org.coplan.service.ReferenceData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The programme form: Create stays disabled until the title is typed, and the result carries the input. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ProgrammeDialogRobotTest {

    private final Messages messages = Messages.english();
    private final PriorityArea ict = new PriorityArea(Ids.newId(), "ICT",
            new LocalizedName("Information technology", "Информационные технологии"));
    private final ReferenceData reference = new ReferenceData(List.of(), List.of(), List.of(ict),
            List.of(new WorkCalendar(Ids.newId(), "Standard", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                    List.of(), true)));
    private Stage stage;

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void createIsEnabledOnceATitleIsTypedAndReturnsTheProgramme(FxRobot robot) throws Exception {
        CompletableFuture<Optional<Programme>> result = new CompletableFuture<>();
        CompletableFuture<ProgrammeDialog> shown = new CompletableFuture<>();
        robot.interact(() -> {
            ProgrammeDialog dialog = new ProgrammeDialog(
                    ProgrammeDialogViewModel.forNew(messages, reference, LocalDate.of(2025, 3, 1)), messages,
                    new ProgrammeLabels(messages), stage);
            dialog.setOnShown(event -> shown.complete(dialog));
            dialog.setOnHidden(event -> result.complete(Optional.ofNullable(dialog.getResult())));
            dialog.show();
        });
        ProgrammeDialog dialog = shown.get(10, TimeUnit.SECONDS);
        Button create = createButton(dialog);
        assertThat(create.isDisabled()).isTrue();

        robot.clickOn("#programme-title").write("Concept of international S&T cooperation");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(create.isDisabled()).isFalse();
        robot.clickOn(robot.lookup("#programme-areas .check-box").queryAs(Node.class));
        robot.clickOn(create);

        Programme programme = result.get(10, TimeUnit.SECONDS).orElseThrow();
        assertThat(programme.title()).isEqualTo("Concept of international S&T cooperation");
        assertThat(programme.period().start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(programme.priorityAreaIds()).containsExactly(ict.id());
    }

    private static Button createButton(ProgrammeDialog dialog) {
        ButtonType create = dialog.getDialogPane().getButtonTypes().stream()
                .filter(type -> type.getButtonData() == ButtonData.OK_DONE).findFirst().orElseThrow();
        return (Button) dialog.getDialogPane().lookupButton(create);
    }
}
